package org.jixiao.extract.pdf.table;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jixiao.extract.pdf.PdfPage;
import org.jixiao.extract.pdf.TextChar;
import org.jixiao.extract.pdf.table.TextChunks.Chunk;
import org.jixiao.extract.pdf.text.LineBuilder;
import org.jixiao.extract.pdf.text.Scripts;
import org.jixiao.extract.pdf.text.TextLine;
import org.jixiao.model.BBox;

/**
 * Unruled tables (tabula's "stream" mode): rows from text lines, columns from gutters that the
 * lines leave blank, a chunk crossing a gutter as a spanned cell, and a line with an empty first
 * column set tighter than the rows around it joined to the row above (a wrapped cell).
 */
public final class StreamRecognizer implements TableRecognizer {
    public static final String METHOD = "stream";
    /** A single chunk wider than this share of the region is a title or note, not a row. */
    private static final double SPANNING_SHARE = 0.4;

    private final LineBuilder lineBuilder = new LineBuilder();
    private final TextChunks chunks = new TextChunks(0.8);
    private final ColumnFinder columnFinder = new ColumnFinder();
    private final WordGutters wordGutters = new WordGutters();
    private final StreamRegions regions = new StreamRegions();
    private final RulingMerger merger = new RulingMerger();

    @Override
    public List<PageTable> recognize(PdfPage page) {
        List<PageTable> out = new ArrayList<>();
        for (BBox region : regions.find(page)) {
            PageTable t = fromRegion(page, region);
            if (t != null && t.cols() >= 2 && t.rows() >= 2 && denseRows(t) >= 2 && !isContentsList(t)
                    && !isProse(t)) {
                out.add(t);
            }
        }
        out.sort(Comparator.comparingDouble(t -> t.bbox().top()));
        return out;
    }

    /** Reads everything in {@code region} as one table; null when it holds no text. */
    public PageTable fromRegion(PdfPage page, BBox region) {
        List<TextChar> inside = new ArrayList<>();
        for (TextChar c : page.chars()) {
            if (!c.isBlank() && c.centerX() >= region.left() && c.centerX() <= region.right()
                    && c.centerY() >= region.top() && c.centerY() <= region.bottom()) {
                inside.add(c);
            }
        }
        List<TextLine> lines = lineBuilder.lines(inside);
        if (lines.isEmpty()) {
            return null;
        }
        List<List<Chunk>> rowsOfChunks = new ArrayList<>();
        for (TextLine l : lines) {
            rowsOfChunks.add(chunks.split(l));
        }
        double width = region.right() - region.left();
        double size = medianFontSize(lines);
        int body = bodyChunks(rowsOfChunks);
        List<List<double[]>> extents = new ArrayList<>();
        List<TextLine> bodyLines = new ArrayList<>();
        for (int k = 0; k < rowsOfChunks.size(); k++) {
            List<Chunk> cs = rowsOfChunks.get(k);
            List<double[]> ext = new ArrayList<>();
            boolean spanning = cs.size() == 1 && cs.get(0).right() - cs.get(0).left() > SPANNING_SHARE * width;
            // columns come from the body rows; header lines with fewer, wider chunks are fitted to them
            if (!spanning && cs.size() >= body) {
                cs.forEach(c -> ext.add(new double[] {c.left(), c.right()}));
                bodyLines.add(lines.get(k));
            }
            extents.add(ext);
        }
        double textLeft = lines.stream().mapToDouble(TextLine::left).min().orElse(region.left());
        double textRight = lines.stream().mapToDouble(TextLine::right).max().orElse(region.right());
        List<Double> xs = wordGutters.refine(columnFinder.boundaries(extents, Math.min(textLeft, region.left()),
                Math.max(textRight, region.right()), Math.max(2.0, 0.3 * size)), bodyLines, size);
        xs.set(0, Math.min(xs.get(0), textLeft));
        xs.set(xs.size() - 1, Math.max(xs.get(xs.size() - 1), textRight));
        for (int i = 0; i < rowsOfChunks.size(); i++) {
            List<Chunk> cut = new ArrayList<>();
            rowsOfChunks.get(i).forEach(c -> cut.addAll(chunks.cut(c, xs)));
            rowsOfChunks.set(i, cut);
        }
        return build(page.number(), region, lines, rowsOfChunks, xs, rowRules(page, region));
    }

    /**
     * Horizontal rules across the region when it has no vertical ones (a table ruled only between
     * rows): their y positions, top to bottom; empty when the rows must come from the text.
     */
    private List<Double> rowRules(PdfPage page, BBox region) {
        List<Double> ys = new ArrayList<>();
        double width = region.right() - region.left();
        for (org.jixiao.extract.pdf.Ruling r : merger.merge(page.rulings())) {
            boolean inside = r.y1() >= region.top() - 2 && r.y2() <= region.bottom() + 2
                    && r.x2() >= region.left() - 2 && r.x1() <= region.right() + 2;
            if (inside && r.isVertical() && r.length() > 0.5 * (region.bottom() - region.top())) {
                return List.of();
            }
            if (inside && r.isHorizontal() && r.length() >= 0.5 * width) {
                ys.add(r.y1());
            }
        }
        ys.sort(null);
        return ys.size() >= 3 ? ys : List.of();
    }

    private PageTable build(int pageNo, BBox region, List<TextLine> lines, List<List<Chunk>> rowsOfChunks,
                            List<Double> xs, List<Double> rules) {
        int cols = xs.size() - 1;
        List<String[]> texts = new ArrayList<>();
        List<int[]> spans = new ArrayList<>();
        List<double[]> yRanges = new ArrayList<>();
        double pitch = medianPitch(lines);
        // rules under the header and the last row only, not between the rows: a band holds many rows
        boolean rowsRuled = !rules.isEmpty() && lines.size() <= 3 * (rules.size() - 1);
        for (int i = 0; i < lines.size(); i++) {
            String[] row = new String[cols];
            int[] span = new int[cols];
            java.util.Arrays.fill(row, "");
            for (Chunk c : rowsOfChunks.get(i)) {
                int a = column(xs, c.left() + 0.5);
                int b = column(xs, c.right() - 0.5);
                row[a] = row[a].isEmpty() ? c.text() : Scripts.join(row[a], c.text(), " ");
                span[a] = Math.max(span[a], b - a + 1);
            }
            TextLine l = lines.get(i);
            boolean wrapped = i > 0 && !texts.isEmpty() && (rules.isEmpty()
                    ? row[0].isEmpty() && !texts.get(texts.size() - 1)[0].isEmpty()
                            && l.top() - lines.get(i - 1).top() < 0.8 * pitch
                    : band(rules, l) == band(rules, lines.get(i - 1)) && band(rules, l) >= 0 && filled(row) < 2
                            && (rowsRuled || row[0].isEmpty()));
            if (wrapped) {
                String[] above = texts.get(texts.size() - 1);
                for (int c = 0; c < cols; c++) {
                    above[c] = Scripts.join(above[c], row[c], " ");
                }
                yRanges.get(yRanges.size() - 1)[1] = l.bottom();
            } else {
                texts.add(row);
                spans.add(span);
                yRanges.add(new double[] {l.top(), l.bottom()});
            }
        }
        List<GridCell> cells = new ArrayList<>();
        for (int r = 0; r < texts.size(); r++) {
            int c = 0;
            while (c < cols) {
                int s = Math.max(1, Math.min(spans.get(r)[c], cols - c));
                BBox box = new BBox(yRanges.get(r)[0], xs.get(c), yRanges.get(r)[1], xs.get(c + s));
                cells.add(new GridCell(r, c, 1, s, texts.get(r)[c].trim(), box));
                c += s;
            }
        }
        double top = Math.min(region.top(), yRanges.get(0)[0]);
        double bottom = Math.max(region.bottom(), yRanges.get(yRanges.size() - 1)[1]);
        BBox box = new BBox(top, xs.get(0), bottom, xs.get(xs.size() - 1));
        return new PageTable(pageNo, box, METHOD, texts.size(), cols, cells, xs);
    }

    /**
     * The fewest chunks a body row has: four fifths of the chunks of the fuller rows (the upper
     * quartile), at least two. A table's header lines and section labels have fewer.
     */
    private static int bodyChunks(List<List<Chunk>> rows) {
        int[] n = rows.stream().mapToInt(List::size).sorted().toArray();
        int ref = n[Math.min(n.length - 1, (int) Math.floor(n.length * 0.75))];
        int body = Math.max(2, (int) Math.ceil(0.8 * ref));
        long enough = java.util.Arrays.stream(n).filter(k -> k >= body).count();
        return enough >= 2 ? body : 1;
    }

    private static int filled(String[] row) {
        int n = 0;
        for (String s : row) {
            n += s.isEmpty() ? 0 : 1;
        }
        return n;
    }

    /** The index of the band between two rules that holds the line's centre, or -1 outside them. */
    private static int band(List<Double> rules, TextLine l) {
        double y = (l.top() + l.bottom()) / 2;
        for (int i = 1; i < rules.size(); i++) {
            if (y >= rules.get(i - 1) && y < rules.get(i)) {
                return i - 1;
            }
        }
        return -1;
    }

    private static int column(List<Double> xs, double x) {
        for (int i = 1; i < xs.size(); i++) {
            if (x < xs.get(i)) {
                return i - 1;
            }
        }
        return xs.size() - 2;
    }

    /**
     * Text set in two or three columns lines up like a table but is not one: most of its filled cells
     * are long runs of words.
     */
    private static boolean isProse(PageTable t) {
        if (t.cols() > 3) {
            return false;
        }
        long filled = t.cells().stream().filter(c -> !c.text().isBlank()).count();
        long prose = t.cells().stream().filter(c -> isWords(c.text())).count();
        return filled > 0 && prose >= 0.7 * filled;
    }

    private static boolean isWords(String text) {
        long visible = text.codePoints().filter(c -> !Character.isWhitespace(c)).count();
        long letters = text.codePoints().filter(Character::isLetter).count();
        return visible >= 25 && letters * 3 >= 2 * visible;
    }

    /** A table of contents (dot leaders to page numbers) lines up like a table but is not one. */
    private static boolean isContentsList(PageTable t) {
        long filled = t.cells().stream().filter(c -> !c.text().isBlank()).count();
        long leaders = t.cells().stream().filter(c -> LEADER.matcher(c.text()).find()).count();
        return leaders * 3 >= filled / Math.max(1, t.cols()) && leaders >= 2;
    }

    private static final java.util.regex.Pattern LEADER = java.util.regex.Pattern.compile("[.…·．]{4,}");

    private static int denseRows(PageTable t) {
        int n = 0;
        for (List<String> row : t.grid()) {
            if (row.stream().filter(s -> !s.isBlank()).count() >= 2) {
                n++;
            }
        }
        return n;
    }

    private static double medianFontSize(List<TextLine> lines) {
        double[] s = lines.stream().mapToDouble(TextLine::fontSize).sorted().toArray();
        return s.length == 0 ? 10 : s[s.length / 2];
    }

    private static double medianPitch(List<TextLine> lines) {
        if (lines.size() < 2) {
            return Double.MAX_VALUE;
        }
        double[] d = new double[lines.size() - 1];
        for (int i = 1; i < lines.size(); i++) {
            d[i - 1] = lines.get(i).top() - lines.get(i - 1).top();
        }
        java.util.Arrays.sort(d);
        return d[d.length / 2];
    }
}
