package org.jixiao.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.jixiao.index.query.IndexView;

class KeptAnswersTest {
    @Test
    void answersAreKeptPerStateOfTheIndexAndBounded() throws IOException {
        Object a = new Object();
        Object b = new Object();
        KeptAnswers kept = new KeptAnswers(2);
        AtomicInteger computed = new AtomicInteger();
        IndexView.Compute<byte[]> one = () -> new byte[] {(byte) computed.incrementAndGet()};
        assertArrayEquals(new byte[] {1}, kept.get(a, List.of("q", 1), one));
        assertArrayEquals(new byte[] {1}, kept.get(a, List.of("q", 1), one), "kept");
        kept.get(a, List.of("q", 2), one);
        kept.get(a, List.of("q", 3), one);
        assertEquals(2, kept.size());
        assertArrayEquals(new byte[] {4}, kept.get(a, List.of("q", 1), one), "the least recently used was dropped");
        assertArrayEquals(new byte[] {5}, kept.get(b, List.of("q", 1), one), "another state: computed again");
        assertEquals(1, kept.size(), "the other state's answers are gone");
    }
}
