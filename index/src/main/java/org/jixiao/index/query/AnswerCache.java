package org.jixiao.index.query;

import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Answers computed from one {@link IndexView}, by request, least recently used dropped first. A
 * view reads one commit and never changes, so an answer never goes stale: a newer commit is a new
 * view with an empty cache. A question asked again while it is being computed waits for that
 * answer instead of computing it too: eight clients opening the same new comparison made eight
 * computations of several seconds each, fighting for two cores. If the computation fails, each
 * waiting thread computes the answer itself.
 */
final class AnswerCache {
    private final int capacity;
    private final Map<Object, Object> answers;
    /** Answers being computed, by question (guarded by {@code answers}). */
    private final Map<Object, CompletableFuture<Object>> computing = new HashMap<>();

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
        CompletableFuture<Object> pending;
        boolean mine = false;
        synchronized (answers) {
            Object hit = answers.get(key);
            if (hit != null) {
                return (T) hit;
            }
            pending = computing.get(key);
            if (pending == null) {
                pending = new CompletableFuture<>();
                computing.put(key, pending);
                mine = true;
            }
        }
        if (!mine) {
            Object answer = pending.join();
            return answer != null ? (T) answer : compute.get();
        }
        T answer = null;
        try {
            answer = compute.get();
            synchronized (answers) {
                answers.put(key, answer);
            }
            return answer;
        } finally {
            synchronized (answers) {
                computing.remove(key);
            }
            // null when it failed: the waiting threads compute it themselves
            pending.complete(answer);
        }
    }

    int size() {
        synchronized (answers) {
            return answers.size();
        }
    }
}
