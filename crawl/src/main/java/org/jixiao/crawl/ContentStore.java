package org.jixiao.crawl;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Bytes by their sha-256: {@code ROOT/ab/abcdef…}. A file is written to a temporary name, forced to
 * disk and renamed into place, so a reader (or a run killed half-way) never sees a partial file
 * under a hash name; the same bytes from two URLs are stored once.
 */
public final class ContentStore {
    private static final Pattern SHA = Pattern.compile("[0-9a-f]{64}");
    private final Path root;

    public ContentStore(Path root) throws IOException {
        this.root = root;
        Files.createDirectories(root.resolve("tmp"));
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** Where the bytes of {@code sha} are (or would be). */
    public Path path(String sha) {
        if (sha == null || !SHA.matcher(sha).matches()) {
            throw new IllegalArgumentException("not a sha-256: " + sha);
        }
        return root.resolve(sha.substring(0, 2)).resolve(sha);
    }

    public boolean contains(String sha) {
        return Files.isRegularFile(path(sha));
    }

    /** Stores the bytes (unless they are stored already) and returns their sha-256. */
    public String put(byte[] bytes) throws IOException {
        String sha = sha256(bytes);
        Path target = path(sha);
        if (Files.isRegularFile(target) && Files.size(target) == bytes.length) {
            return sha;
        }
        Files.createDirectories(target.getParent());
        Path tmp = Files.createTempFile(root.resolve("tmp"), sha.substring(0, 8), ".part");
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE);
                 OutputStream out = java.nio.channels.Channels.newOutputStream(ch)) {
                out.write(bytes);
                out.flush();
                ch.force(true);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
        return sha;
    }

    /** The stored bytes, checked against their hash. */
    public byte[] read(String sha) throws IOException {
        byte[] b;
        try {
            b = Files.readAllBytes(path(sha));
        } catch (NoSuchFileException e) {
            throw new NoSuchFileException(path(sha).toString(), null, "not in the store");
        }
        if (!sha256(b).equals(sha)) {
            throw new IOException("store file " + path(sha) + " does not match its hash (damaged on disk)");
        }
        return b;
    }

    /** Deletes temporary files left by a killed run. */
    public int cleanTemporary() throws IOException {
        int n = 0;
        try (var s = Files.list(root.resolve("tmp"))) {
            for (Path p : s.toList()) {
                Files.deleteIfExists(p);
                n++;
            }
        }
        return n;
    }
}
