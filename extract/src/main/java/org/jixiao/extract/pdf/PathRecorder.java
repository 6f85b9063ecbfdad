package org.jixiao.extract.pdf;

import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Records the paths a page paints (in device space, already through the CTM) and keeps what can be
 * a table ruling: straight horizontal and vertical stroked segments, and thin filled rectangles (the
 * way many producers draw cell borders). Curves, wide filled rectangles (cell backgrounds) and
 * white paint are ignored.
 */
final class PathRecorder {
    /** A filled rectangle at most this thick (pt) is a line. */
    private static final double THIN = 2.5;
    /** Slope tolerance (pt) for a segment to count as horizontal or vertical. */
    private static final double AXIS_TOLERANCE = 1.0;
    /** Rulings kept per page at most (hostile pages may draw millions of segments). */
    private static final int MAX_RULINGS = 50_000;

    private PageFrame frame;
    private final List<Ruling> rulings = new ArrayList<>();
    private final List<double[]> segments = new ArrayList<>();
    private final List<double[]> rectangles = new ArrayList<>();
    private final List<Point2D> subpath = new ArrayList<>();
    private Point2D current = new Point2D.Float();
    private Point2D subpathStart = new Point2D.Float();
    private boolean subpathCurved;

    /** Starts a page. */
    void start(PageFrame pageFrame) {
        this.frame = pageFrame;
        rulings.clear();
        clearPath();
    }

    List<Ruling> rulings() {
        return List.copyOf(rulings);
    }

    void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        finishSubpath();
        addSegment(p0, p1);
        addSegment(p1, p2);
        addSegment(p2, p3);
        addSegment(p3, p0);
        double minX = Math.min(Math.min(p0.getX(), p1.getX()), Math.min(p2.getX(), p3.getX()));
        double maxX = Math.max(Math.max(p0.getX(), p1.getX()), Math.max(p2.getX(), p3.getX()));
        double minY = Math.min(Math.min(p0.getY(), p1.getY()), Math.min(p2.getY(), p3.getY()));
        double maxY = Math.max(Math.max(p0.getY(), p1.getY()), Math.max(p2.getY(), p3.getY()));
        rectangles.add(new double[] {minX, minY, maxX, maxY});
        current = p0;
        subpathStart = p0;
    }

    void moveTo(Point2D p) {
        finishSubpath();
        current = p;
        subpathStart = p;
        subpath.add(p);
    }

    void lineTo(Point2D p) {
        addSegment(current, p);
        current = p;
        subpath.add(p);
    }

    void curveTo(Point2D end) {
        current = end;
        // a curved subpath is never a rectangle
        subpath.clear();
        subpathCurved = true;
    }

    Point2D currentPoint() {
        return current;
    }

    void closePath() {
        addSegment(current, subpathStart);
        current = subpathStart;
    }

    void endPath() {
        clearPath();
    }

    void stroke(boolean white) {
        if (!white) {
            for (double[] s : segments) {
                emit(s[0], s[1], s[2], s[3]);
            }
        }
        clearPath();
    }

    void fill(boolean white) {
        finishSubpath();
        if (!white) {
            for (double[] r : rectangles) {
                double w = r[2] - r[0];
                double h = r[3] - r[1];
                if (h <= THIN && w > h) {
                    double y = (r[1] + r[3]) / 2;
                    emit(r[0], y, r[2], y);
                } else if (w <= THIN && h > w) {
                    double x = (r[0] + r[2]) / 2;
                    emit(x, r[1], x, r[3]);
                }
            }
        }
        clearPath();
    }

    private void addSegment(Point2D a, Point2D b) {
        segments.add(new double[] {a.getX(), a.getY(), b.getX(), b.getY()});
    }

    private void clearPath() {
        segments.clear();
        rectangles.clear();
        subpath.clear();
        subpathCurved = false;
    }

    /** A subpath of axis-parallel straight segments (m l l l h) counts as a rectangle by its box. */
    private void finishSubpath() {
        if (!subpathCurved && subpath.size() >= 4 && subpath.size() <= 5) {
            double minX = Double.MAX_VALUE;
            double minY = Double.MAX_VALUE;
            double maxX = -Double.MAX_VALUE;
            double maxY = -Double.MAX_VALUE;
            boolean axisParallel = true;
            for (int i = 0; i < subpath.size(); i++) {
                Point2D a = subpath.get(i);
                Point2D b = subpath.get((i + 1) % subpath.size());
                axisParallel &= Math.abs(a.getX() - b.getX()) < 0.01 || Math.abs(a.getY() - b.getY()) < 0.01;
                minX = Math.min(minX, a.getX());
                minY = Math.min(minY, a.getY());
                maxX = Math.max(maxX, a.getX());
                maxY = Math.max(maxY, a.getY());
            }
            if (axisParallel) {
                rectangles.add(new double[] {minX, minY, maxX, maxY});
            }
        }
        subpath.clear();
        subpathCurved = false;
    }

    private void emit(double x1, double y1, double x2, double y2) {
        if (frame == null || rulings.size() >= MAX_RULINGS) {
            return;
        }
        double[] a = frame.toDisplay(x1, y1);
        double[] b = frame.toDisplay(x2, y2);
        double dx = Math.abs(a[0] - b[0]);
        double dy = Math.abs(a[1] - b[1]);
        if (dy <= AXIS_TOLERANCE && dx > AXIS_TOLERANCE) {
            rulings.add(Ruling.horizontal((a[1] + b[1]) / 2, a[0], b[0]));
        } else if (dx <= AXIS_TOLERANCE && dy > AXIS_TOLERANCE) {
            rulings.add(Ruling.vertical((a[0] + b[0]) / 2, a[1], b[1]));
        }
    }

    /** Unrotated PDF user space (origin bottom-left of the crop box) to displayed page, origin top-left. */
    record PageFrame(PDRectangle crop, int rotation) {
        double[] toDisplay(double x, double y) {
            double w = crop.getWidth();
            double h = crop.getHeight();
            double ux = x - crop.getLowerLeftX();
            double uy = y - crop.getLowerLeftY();
            return switch (rotation) {
                case 90 -> new double[] {uy, ux};
                case 180 -> new double[] {w - ux, uy};
                case 270 -> new double[] {h - uy, w - ux};
                default -> new double[] {ux, h - uy};
            };
        }

        double displayWidth() {
            return rotation == 90 || rotation == 270 ? crop.getHeight() : crop.getWidth();
        }

        double displayHeight() {
            return rotation == 90 || rotation == 270 ? crop.getWidth() : crop.getHeight();
        }
    }
}
