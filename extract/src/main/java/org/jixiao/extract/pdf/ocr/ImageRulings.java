package org.jixiao.extract.pdf.ocr;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.util.ArrayList;
import java.util.List;

import org.jixiao.extract.pdf.Ruling;

/**
 * Ruling lines printed in a page image (a scanned table's grid): runs of dark pixels at least a
 * twentieth of the page long, horizontal and vertical, with runs on neighbouring pixel rows (a line
 * a few pixels thick) merged into one. Text strokes are far shorter, so they are not taken for lines.
 */
final class ImageRulings {
    private static final int MAX_THICKNESS = 6;

    private ImageRulings() {
    }

    /** The rulings in points (the image at {@code dpi}), horizontal and vertical. */
    static List<Ruling> find(BufferedImage gray, int dpi) {
        Raster r = gray.getRaster();
        int w = gray.getWidth();
        int h = gray.getHeight();
        double scale = 72.0 / dpi;
        int dark = otsu(r, w, h);
        List<Ruling> out = new ArrayList<>();
        for (int[] s : merge(runs(r, w, h, true, Math.max(30, w / 20), dark))) {
            out.add(Ruling.horizontal((s[0] + s[1]) / 2.0 * scale, s[2] * scale, s[3] * scale));
        }
        for (int[] s : merge(runs(r, w, h, false, Math.max(30, h / 40), dark))) {
            out.add(Ruling.vertical((s[0] + s[1]) / 2.0 * scale, s[2] * scale, s[3] * scale));
        }
        return out;
    }

    /**
     * Paints the rulings white in the image so that the engine does not read a cell border as 1, l
     * or | glued to the figure beside it.
     */
    static void erase(BufferedImage gray, List<Ruling> rulings, int dpi) {
        java.awt.Graphics2D g = gray.createGraphics();
        try {
            g.setColor(java.awt.Color.WHITE);
            double px = dpi / 72.0;
            int pad = MAX_THICKNESS / 2 + 2;
            for (Ruling r : rulings) {
                int x1 = (int) Math.floor(Math.min(r.x1(), r.x2()) * px) - pad;
                int y1 = (int) Math.floor(Math.min(r.y1(), r.y2()) * px) - pad;
                int x2 = (int) Math.ceil(Math.max(r.x1(), r.x2()) * px) + pad;
                int y2 = (int) Math.ceil(Math.max(r.y1(), r.y2()) * px) + pad;
                g.fillRect(x1, y1, x2 - x1, y2 - y1);
            }
        } finally {
            g.dispose();
        }
    }

    /** Dark runs {line, from, to} along rows (horizontal) or columns. */
    private static List<int[]> runs(Raster r, int w, int h, boolean horizontal, int minLength, int darkBelow) {
        List<int[]> out = new ArrayList<>();
        int lines = horizontal ? h : w;
        int length = horizontal ? w : h;
        for (int a = 0; a < lines; a++) {
            int start = -1;
            int gap = 0;
            for (int b = 0; b <= length; b++) {
                boolean dark = b < length && (horizontal ? r.getSample(b, a, 0) : r.getSample(a, b, 0)) < darkBelow;
                if (dark) {
                    start = start < 0 ? b : start;
                    gap = 0;
                } else if (start >= 0 && ++gap > 2) {
                    // a gap of up to two pixels is scan noise inside one line
                    int end = b - gap;
                    if (end - start >= minLength) {
                        out.add(new int[] {a, start, end});
                    }
                    start = -1;
                    gap = 0;
                }
            }
        }
        return out;
    }

    /**
     * The grey level that best separates ink from paper (Otsu's method), so that the light grey of a
     * compressed or faint scan still counts as ink; never above 200.
     */
    static int otsu(Raster r, int w, int h) {
        long[] hist = new long[256];
        for (int y = 0; y < h; y += 2) {
            for (int x = 0; x < w; x += 2) {
                hist[Math.max(0, Math.min(255, r.getSample(x, y, 0)))]++;
            }
        }
        long total = 0;
        double sum = 0;
        for (int i = 0; i < 256; i++) {
            total += hist[i];
            sum += (double) i * hist[i];
        }
        double sumB = 0;
        long wB = 0;
        double best = -1;
        int threshold = 128;
        for (int t = 0; t < 256; t++) {
            wB += hist[t];
            if (wB == 0 || wB == total) {
                continue;
            }
            sumB += (double) t * hist[t];
            double mB = sumB / wB;
            double mF = (sum - sumB) / (total - wB);
            double between = (double) wB * (total - wB) * (mB - mF) * (mB - mF);
            if (between > best) {
                best = between;
                threshold = t;
            }
        }
        return Math.min(200, threshold + 1);
    }

    /** Runs on adjacent lines that overlap merged: {firstLine, lastLine, from, to}. */
    private static List<int[]> merge(List<int[]> runs) {
        List<int[]> open = new ArrayList<>();
        List<int[]> done = new ArrayList<>();
        for (int[] run : runs) {
            int[] hit = null;
            for (int[] o : open) {
                if (run[0] - o[1] <= 1 && run[1] <= o[3] && run[2] >= o[2]) {
                    hit = o;
                    break;
                }
            }
            if (hit != null) {
                hit[1] = run[0];
                hit[2] = Math.min(hit[2], run[1]);
                hit[3] = Math.max(hit[3], run[2]);
            } else {
                open.add(new int[] {run[0], run[0], run[1], run[2]});
            }
            open.removeIf(o -> {
                if (run[0] - o[1] > 1) {
                    done.add(o);
                    return true;
                }
                return false;
            });
        }
        done.addAll(open);
        // a filled area (a photo, a stamp) is no line
        done.removeIf(s -> s[1] - s[0] + 1 > MAX_THICKNESS);
        return done;
    }
}
