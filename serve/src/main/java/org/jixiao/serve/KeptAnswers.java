package org.jixiao.serve;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jixiao.index.query.IndexView;
import org.jixiao.model.Validate;

/**
 * Serialized answers of one state of the index ({@link ServedIndex#version()}: a Lucene view,
 * which reads one commit), by request, least recently used dropped first; another state empties
 * the map. Kept apart from the index's own kept answers (pivots, fact lists, facet counts):
 * searches filtered by a department are each new, and would push those out.
 */
final class KeptAnswers {
    private final Map<Object, byte[]> answers;
    private Object version;

    /** @param capacity answers kept */
    KeptAnswers(int capacity) {
        Validate.isTrue(capacity > 0, "capacity must be positive");
        this.answers = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<Object, byte[]> eldest) {
                return size() > capacity;
            }
        };
    }

    /**
     * The answer of the index in state {@code v} to {@code key} (a value with equality naming
     * every parameter), else {@code compute}'s, kept. Two threads asking the same new question
     * may both compute it.
     */
    byte[] get(Object v, Object key, IndexView.Compute<byte[]> compute) throws IOException {
        Validate.notNullParam(v, "v");
        synchronized (this) {
            if (!v.equals(version)) {
                answers.clear();
                version = v;
            }
            byte[] hit = answers.get(key);
            if (hit != null) {
                return hit;
            }
        }
        byte[] answer = compute.get();
        synchronized (this) {
            if (v.equals(version)) {
                answers.put(key, answer);
            }
        }
        return answer;
    }

    synchronized int size() {
        return answers.size();
    }
}
