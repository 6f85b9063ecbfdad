package org.jixiao.index.query;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Answers computed from one {@link IndexView}, by request, least recently used dropped first. A
 * view reads one commit and never changes, so an answer never goes stale: a newer commit is a new
 * view with an empty cache. Two threads asking the same new question may both compute it; the
 * answers are equal, the second one is kept.
 */
final class AnswerCache {
    private final int capacity;
    private final Map<Object, Object> answers;

    /** @param capacity answers kept; 0 keeps none (every question is computed) */
    AnswerCache(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity must not be negative");
        }
        this.capacity = capacity;
        this.answers = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Object, Object> eldest) {
                return size() > AnswerCache.this.capacity;
            }
        };
    }

    /** The cached answer to {@code key} (which must have value equality), else {@code compute}'s, kept. */
    @SuppressWarnings("unchecked")
    <T> T get(Object key, IndexView.Compute<T> compute) throws IOException {
        if (capacity == 0) {
            return compute.get();
        }
        synchronized (answers) {
            Object hit = answers.get(key);
            if (hit != null) {
                return (T) hit;
            }
        }
        T answer = compute.get();
        synchronized (answers) {
            answers.put(key, answer);
        }
        return answer;
    }

    int size() {
        synchronized (answers) {
            return answers.size();
        }
    }
}
