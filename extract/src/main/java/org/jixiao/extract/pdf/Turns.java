package org.jixiao.extract.pdf;

/**
 * Quarter turns of page coordinates (origin top-left, y down). Text printed turned on a page (a
 * table set sideways, a vertical header) is read in the frame where it runs left to right.
 */
public final class Turns {
    private Turns() {
    }

    /**
     * Turns the point (x, y) by {@code turn} quarter turns counter-clockwise about the origin: the
     * frame in which text turned that many quarter turns clockwise reads left to right.
     */
    public static double[] rotate(int turn, double x, double y) {
        return switch (Math.floorMod(turn, 4)) {
            case 1 -> new double[] {y, -x};
            case 2 -> new double[] {-x, -y};
            case 3 -> new double[] {-y, x};
            default -> new double[] {x, y};
        };
    }

    /** The inverse of {@link #rotate}. */
    public static double[] unrotate(int turn, double x, double y) {
        return rotate(4 - Math.floorMod(turn, 4), x, y);
    }
}
