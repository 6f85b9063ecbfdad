package org.jixiao.serve;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jixiao.index.query.IndexView;
import org.jixiao.model.Validate;

/**
 * Serialized answers of one index view, by request, least recently used dropped first. A view
 * reads one commit, so an answer stays true while the view is the current one; a newer view
 * empties the map. Kept apart from the view's own answers (pivots, fact lists, facet counts):
 * searches filtered by a department are each new, and would push those out.
 */
final class KeptAnswers {
    private final Map<Object, byte[]> answers;
    private IndexView view;

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
     * The answer of {@code v} to {@code key} (a value with equality naming every parameter),
     * else {@code compute}'s, kept. Two threads asking the same new question may both compute it.
     */
    byte[] get(IndexView v, Object key, IndexView.Compute<byte[]> compute) throws IOException {
        synchronized (this) {
            if (v != view) {
                answers.clear();
                view = v;
            }
            byte[] hit = answers.get(key);
            if (hit != null) {
                return hit;
            }
        }
        byte[] answer = compute.get();
        synchronized (this) {
            if (v == view) {
                answers.put(key, answer);
            }
        }
        return answer;
    }

    synchronized int size() {
        return answers.size();
    }
}
