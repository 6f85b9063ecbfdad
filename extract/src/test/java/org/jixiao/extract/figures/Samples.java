package org.jixiao.extract.figures;

import java.nio.file.Files;
import java.nio.file.Path;

/** The repository's sample reports, relative to the module directory (surefire's working directory). */
final class Samples {
    private Samples() {
    }

    static Path selfeval(String name) {
        Path p = Path.of("..", "samples", "selfeval", name);
        if (!Files.exists(p)) {
            throw new IllegalStateException("sample missing: " + p.toAbsolutePath());
        }
        return p;
    }
}
