package org.jixiao.crawl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentStoreTest {
    @Test
    void sameBytesStoredOnceUnderTheirHash(@TempDir Path dir) throws Exception {
        ContentStore s = new ContentStore(dir);
        byte[] b = "部门预算".getBytes(StandardCharsets.UTF_8);
        String sha = s.put(b);
        assertEquals(ContentStore.sha256(b), sha);
        assertEquals(sha, s.put(b.clone()));
        assertArrayEquals(b, s.read(sha));
        assertEquals(dir.resolve(sha.substring(0, 2)).resolve(sha), s.path(sha));
        try (var files = Files.walk(dir)) {
            assertEquals(1, files.filter(Files::isRegularFile).count());
        }
    }

    @Test
    void damagedFilesAndLeftoversAreNoticed(@TempDir Path dir) throws Exception {
        ContentStore s = new ContentStore(dir);
        String sha = s.put(new byte[] {1, 2, 3});
        Files.write(s.path(sha), new byte[] {1, 2});
        assertThrows(IOException.class, () -> s.read(sha));
        assertEquals(sha, s.put(new byte[] {1, 2, 3}), "a wrong-sized file is rewritten");
        assertArrayEquals(new byte[] {1, 2, 3}, s.read(sha));
        Files.write(dir.resolve("tmp").resolve("x.part"), new byte[] {9});
        assertEquals(1, s.cleanTemporary());
        assertThrows(IllegalArgumentException.class, () -> s.path("../../etc/passwd"));
        assertTrue(s.contains(sha));
    }
}
