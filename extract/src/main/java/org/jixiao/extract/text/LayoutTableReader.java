package org.jixiao.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.jixiao.extract.text.LayoutLine.Piece;

/**
 * Recovers tables from PDF-layout text. A table is a run of lines with two or more cells (or a
 * header line followed by such lines); blank lines inside it are layout, and lines of a single
 * cell inside it are either wrapped label text (joined to the label above) or label-only rows.
 * A line of values only completes the label-only row above it (a label that wrapped before its
 * numbers). Columns of short rows are aligned by the character positions of the full rows.
 */
final class LayoutTableReader {
    /**
     * Unnumbered single-cell lines tolerated between rows before the table is considered over
     * (wrapped text cells of score sheets run to several lines).
     */
    private static final int MAX_GAP_LINES = 24;
    /** Lines looked at, numbered or not, for the next row. */
    private static final int MAX_LOOKAHEAD = 48;
    private static final Pattern NUMBERED = Pattern.compile(
            "^(附件|[一二三四五六七八九十]+[、．.]|[（(][一二三四五六七八九十\\d]+[)）]|\\d+[.、．]|其中).*");
    private static final Pattern ATTACHMENT = Pattern.compile("^附件\\s*\\d+(?:[-－]\\d+)?\\s*$");

    private record Row(List<Piece> cells, boolean labelOnly) {
    }

    /** True when a table can start at this line. */
    boolean startsTable(List<TextLine> lines, int i) {
        TextLine line = lines.get(i);
        if (line.blank() || stops(line)) {
            return false;
        }
        List<Piece> cells = LayoutLine.cells(line);
        // "填报单位：…  单位：万元" above a table is a form line, not its first row
        boolean row = cells.size() >= 2 && !LayoutLine.keyValueLine(cells);
        if (!row && LayoutLine.headerCells(line).isEmpty()) {
            return false;
        }
        return countRows(lines, i) >= 2;
    }

    private int countRows(List<TextLine> lines, int first) {
        TableDraft d = read(lines, first);
        return d.rows().size() >= 2 ? (int) d.rows().stream().filter(r -> r.size() >= 2).count() : 0;
    }

    /** Reads the table starting at {@code first}; the caller checked {@link #startsTable}. */
    TableDraft read(List<TextLine> lines, int first) {
        List<Row> rows = new ArrayList<>();
        int last = first;
        for (int i = first; i < lines.size(); i++) {
            TextLine line = lines.get(i);
            if (line.blank()) {
                continue;
            }
            if (stops(line)) {
                break;
            }
            List<Piece> cells = rowCells(line);
            if (LayoutLine.keyValueLine(cells)) {
                break;
            }
            if (cells.size() >= 2) {
                addRow(rows, cells);
            } else if (rowWithin(lines, i + 1)) {
                addSingle(rows, cells.get(0), line);
            } else {
                break;
            }
            last = i;
        }
        return toDraft(rows, first, last);
    }

    /** The cells of a line: spaced columns, or else the words of a header printed one space apart. */
    private static List<Piece> rowCells(TextLine line) {
        List<Piece> cells = LayoutLine.cells(line);
        if (cells.size() < 2) {
            List<Piece> header = LayoutLine.headerCells(line);
            return header.isEmpty() ? cells : header;
        }
        return cells;
    }

    private static boolean stops(TextLine line) {
        return ATTACHMENT.matcher(line.text()).matches();
    }

    private static void addRow(List<Row> rows, List<Piece> cells) {
        Row prev = rows.isEmpty() ? null : rows.get(rows.size() - 1);
        if (prev != null && prev.labelOnly() && LayoutLine.valuesOnly(cells)) {
            List<Piece> merged = new ArrayList<>(prev.cells());
            merged.addAll(cells);
            rows.set(rows.size() - 1, new Row(merged, false));
        } else {
            rows.add(new Row(new ArrayList<>(cells), false));
        }
    }

    private static void addSingle(List<Row> rows, Piece cell, TextLine line) {
        Row prev = rows.isEmpty() ? null : rows.get(rows.size() - 1);
        if (prev != null && prev.labelOnly() && !NUMBERED.matcher(cell.text()).matches()) {
            Piece p = prev.cells().get(0);
            Piece joined = new Piece(p.text() + cell.text(), p.start(), cell.end(), p.x());
            rows.set(rows.size() - 1, new Row(new ArrayList<>(List.of(joined)), true));
        } else if (LayoutLine.isValue(cell.text()) && prev != null) {
            prev.cells().add(cell);
        } else {
            rows.add(new Row(new ArrayList<>(List.of(cell)), true));
        }
    }

    /** True when a line of two or more cells follows within a few non-blank lines. */
    private static boolean rowWithin(List<TextLine> lines, int from) {
        int seen = 0;
        for (int i = from; i < lines.size() && i < from + MAX_LOOKAHEAD && seen < MAX_GAP_LINES; i++) {
            TextLine line = lines.get(i);
            if (line.blank()) {
                continue;
            }
            if (stops(line)) {
                return false;
            }
            List<Piece> cells = rowCells(line);
            if (cells.size() >= 2) {
                return !LayoutLine.keyValueLine(cells);
            }
            if (!NUMBERED.matcher(line.text()).matches()) {
                seen++;
            }
        }
        return false;
    }

    private static TableDraft toDraft(List<Row> parsed, int first, int last) {
        TableDraft draft = new TableDraft(first);
        int cols = 0;
        for (Row r : parsed) {
            cols = Math.max(cols, r.cells().size());
        }
        List<Row> rows = joinWrappedHeaderCells(parsed, cols);
        double[] anchors = anchors(rows, cols);
        for (int i = 0; i < rows.size(); i++) {
            List<Piece> cells = rows.get(i).cells();
            Row next = i + 1 < rows.size() ? rows.get(i + 1) : null;
            draft.addRow(headsFigureColumns(cells, next, cols) ? shifted(cells) : align(cells, cols, anchors), last);
        }
        draft.touch(last);
        return draft;
    }

    /**
     * A header row short of the table's columns, followed by a lone title and then figures: the
     * lone title is the header's last cell, wrapped onto the next line ("预算执行进度(%)").
     */
    private static List<Row> joinWrappedHeaderCells(List<Row> rows, int cols) {
        List<Row> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            Row lone = i + 1 < rows.size() ? rows.get(i + 1) : null;
            Row after = i + 2 < rows.size() ? rows.get(i + 2) : null;
            boolean header = r.cells().size() >= 2 && r.cells().size() < cols
                    && r.cells().stream().noneMatch(p -> LayoutLine.isValue(p.text()));
            if (header && lone != null && lone.labelOnly() && !NUMBERED.matcher(lone.cells().get(0).text()).matches()
                    && after != null && after.cells().size() >= 2 && !after.labelOnly()) {
                List<Piece> joined = new ArrayList<>(r.cells());
                joined.add(lone.cells().get(0));
                out.add(new Row(joined, false));
                i++;
            } else {
                out.add(r);
            }
        }
        return out;
    }

    /**
     * A header of one column fewer than the row under it, which is a label followed by figures,
     * titles the figure columns: the label column has no title of its own.
     */
    private static boolean headsFigureColumns(List<Piece> cells, Row next, int cols) {
        if (next == null || cells.size() != cols - 1 || next.cells().size() != cols
                || cells.stream().anyMatch(p -> LayoutLine.isValue(p.text()))) {
            return false;
        }
        List<Piece> below = next.cells();
        return !LayoutLine.isValue(below.get(0).text()) && LayoutLine.valuesOnly(below.subList(1, below.size()));
    }

    private static List<DraftCell> shifted(List<Piece> cells) {
        List<DraftCell> out = new ArrayList<>();
        for (int k = 0; k < cells.size(); k++) {
            Piece p = cells.get(k);
            out.add(new DraftCell(p.text(), p.start(), p.end(), k + 1));
        }
        return out;
    }

    /** Mean character column of each grid column over the rows that have every column. */
    private static double[] anchors(List<Row> rows, int cols) {
        double[] sum = new double[cols];
        int n = 0;
        for (Row r : rows) {
            if (r.cells().size() == cols) {
                for (int c = 0; c < cols; c++) {
                    sum[c] += r.cells().get(c).x();
                }
                n++;
            }
        }
        for (int c = 0; c < cols && n > 0; c++) {
            sum[c] /= n;
        }
        return sum;
    }

    /** Places the cells of a short row in the columns nearest to where they were printed, in order. */
    private static List<DraftCell> align(List<Piece> cells, int cols, double[] anchors) {
        List<DraftCell> out = new ArrayList<>();
        int next = 0;
        for (int k = 0; k < cells.size(); k++) {
            Piece p = cells.get(k);
            int lastAllowed = cols - (cells.size() - k);
            int best = next;
            // header words and labels fill from the left; figures go to the column printed above them
            if (cells.size() < cols && LayoutLine.isValue(p.text())) {
                for (int c = next; c <= lastAllowed; c++) {
                    if (Math.abs(p.x() - anchors[c]) < Math.abs(p.x() - anchors[best])) {
                        best = c;
                    }
                }
            }
            out.add(new DraftCell(p.text(), p.start(), p.end(), best));
            next = best + 1;
        }
        return out;
    }
}
