package org.jixiao.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.jixiao.model.Validate;

/** Expands the paths given on a command line: files as they are, folders recursively, sorted. */
public final class InputFiles {
    private final int maxFiles;

    public InputFiles(int maxFiles) {
        Validate.isTrue(maxFiles > 0, "maxFiles must be positive");
        this.maxFiles = maxFiles;
    }

    /**
     * Regular files under the paths, hidden files and report JSON outputs left out.
     *
     * @throws IllegalArgumentException when a path does not exist
     */
    public List<Path> expand(List<Path> paths) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (!Files.exists(p)) {
                throw new IllegalArgumentException("no such file or folder: " + p);
            }
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    s.filter(Files::isRegularFile).filter(InputFiles::isDocument).sorted().forEach(out::add);
                }
            } else {
                out.add(p);
            }
            if (out.size() > maxFiles) {
                throw new IllegalArgumentException("more than " + maxFiles + " files under " + p);
            }
        }
        return out;
    }

    private static boolean isDocument(Path p) {
        String n = p.getFileName().toString();
        return !n.startsWith(".") && !n.endsWith(".report.json") && !n.endsWith(".expected.json");
    }
}
