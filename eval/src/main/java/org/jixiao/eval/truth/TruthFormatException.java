package org.jixiao.eval.truth;

import java.nio.file.Path;

/** A truth file that cannot be used, with the file and what is wrong in it. */
public final class TruthFormatException extends Exception {
    private final transient Path file;

    public TruthFormatException(Path file, String message, Throwable cause) {
        super(file.getFileName() + ": " + message, cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
