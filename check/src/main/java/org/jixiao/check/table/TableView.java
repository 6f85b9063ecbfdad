package org.jixiao.check.table;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.check.Figure;
import org.jixiao.check.NumberText;
import org.jixiao.model.Cell;
import org.jixiao.model.Quantity;
import org.jixiao.model.Table;
import org.jixiao.model.Unit;
import org.jixiao.model.Validate;

/**
 * A money table read for checking: header rows, column roles, row labels and each cell's quantity
 * (the figures stage's, or read here from the cell text with the table's unit when it left none).
 */
public final class TableView {
    private static final Pattern UNIT_P = Pattern.compile("(?:单位|金额单位)\\s*[:：]\\s*(亿元|万元|元)|[（(](亿元|万元|元)[）)]");
    private static final Pattern TOTAL_P = Pattern.compile("^(合计|总计|总合计|收支总计|支出合计)");
    private static final Pattern SUBTOTAL_P = Pattern.compile("^小计");
    private static final Pattern NUMBERING = Pattern.compile(
            "^(?:([一二三四五六七八九十]+)[、.．]|[（(]([一二三四五六七八九十]+)[）)]|(\\d+)[、.．](?!\\d)|[（(](\\d+)[）)]|(其中))");
    private static final int MAX_CELLS = 20_000;
    /** "-", "—", "/" and blanks: nothing printed. */
    private static final Pattern NOTHING = Pattern.compile("[\\s\\-—–－/／]*");

    private final Table table;
    private final Cell[][] slots;
    private final Quantity[][] quantities;
    private final int headerRows;
    private final Unit unit;
    private final List<String> headers = new ArrayList<>();
    private final List<ColumnRole> roles = new ArrayList<>();
    private final boolean[] labelColumn;

    private TableView(Table table) {
        this.table = table;
        int rows = Math.max(0, table.rows());
        int cols = Math.max(0, table.cols());
        this.slots = new Cell[rows][cols];
        this.quantities = new Quantity[rows][cols];
        for (Cell c : table.cells()) {
            if (c.row() < rows && c.col() < cols) {
                slots[c.row()][c.col()] = c;
            }
        }
        this.unit = tableUnit(table);
        readQuantities();
        for (int r = 0; r < rows; r++) {
            alignShortRow(r);
        }
        this.headerRows = findHeaderRows();
        for (int r = 0; r < headerRows; r++) {
            alignShortHeader(r);
        }
        for (int c = 0; c < cols; c++) {
            String h = header(c);
            headers.add(h);
            roles.add(ColumnRole.of(h));
        }
        this.labelColumn = new boolean[cols];
        for (int c = 0; c < cols; c++) {
            labelColumn[c] = isLabelColumn(c);
        }
    }

    /** A view of {@code table}, or null when it is too large to check. */
    public static TableView of(Table table) {
        Validate.notNullParam(table, "table");
        if ((long) table.rows() * table.cols() > MAX_CELLS) {
            return null;
        }
        return new TableView(table);
    }

    public Table table() {
        return table;
    }

    public int rows() {
        return slots.length;
    }

    public int cols() {
        return slots.length == 0 ? 0 : slots[0].length;
    }

    public int headerRows() {
        return headerRows;
    }

    public Unit unit() {
        return unit;
    }

    public String header(int col) {
        StringBuilder sb = new StringBuilder();
        for (int r = 0; r < headerRows; r++) {
            String t = covering(r, col).replaceAll("\\s+", "");
            if (!t.isEmpty() && sb.indexOf(t) < 0) {
                sb.append(t);
            }
        }
        return sb.toString();
    }

    public ColumnRole role(int col) {
        return roles.get(col);
    }

    /** The first column with {@code role}, or −1. */
    public int column(ColumnRole role) {
        return roles.indexOf(role);
    }

    public Quantity quantity(int row, int col) {
        return quantities[row][col];
    }

    /** The row's label: its non-numeric cell texts joined (a serial number is numeric), whitespace removed. */
    public String label(int row) {
        StringBuilder sb = new StringBuilder();
        for (int c = 0; c < cols(); c++) {
            Cell cell = slots[row][c];
            if (cell != null && quantities[row][c] == null && !NOTHING.matcher(cell.text()).matches()) {
                sb.append(cell.text().replaceAll("\\s+", ""));
            }
        }
        return sb.toString();
    }

    /**
     * The label of the row for the figure in column {@code col}: the texts of the label columns just
     * left of the column's run of value columns. A 收支总表 prints 收入 and 支出 side by side; each
     * side has its own labels.
     */
    public String label(int row, int col) {
        StringBuilder sb = new StringBuilder();
        for (int c : panelLabels(col)) {
            Cell cell = slots[row][c];
            ColumnRole r = roles.get(c);
            if (cell != null && r != ColumnRole.CODE && r != ColumnRole.SERIAL && quantities[row][c] == null
                    && !NOTHING.matcher(cell.text()).matches()) {
                sb.append(cell.text().replaceAll("\\s+", ""));
            } else if (cell != null && r == ColumnRole.SERIAL && quantities[row][c] == null) {
                sb.append(cell.text().replaceAll("\\s+", ""));
            }
        }
        return sb.toString();
    }

    /** The label columns of the panel column {@code col} is in, left to right. */
    List<Integer> panelLabels(int col) {
        int c = col;
        while (c >= 0 && !labelColumn[c]) {
            c--;
        }
        List<Integer> out = new ArrayList<>();
        while (c >= 0 && labelColumn[c]) {
            out.add(0, c);
            c--;
        }
        return out;
    }

    /** True when column {@code col} holds labels (text, codes, serial numbers) rather than figures. */
    public boolean isLabelColumn(int col) {
        ColumnRole r = roles.get(col);
        if (r == ColumnRole.CODE || r == ColumnRole.SERIAL) {
            return true;
        }
        int numbers = 0;
        int texts = 0;
        for (int row = headerRows; row < rows(); row++) {
            Cell cell = slots[row][col];
            if (cell == null || NOTHING.matcher(cell.text()).matches()) {
                continue;
            }
            if (quantities[row][col] != null) {
                numbers++;
            } else {
                texts++;
            }
        }
        return texts > numbers;
    }

    /**
     * The depth of a row in a classification (类 1, 款 2, 项 3) from the code columns of the panel
     * of {@code col}: split codes count their filled cells, one code column counts digits (201 →
     * 1, 20101 → 2, 2010101 → 3); 0 when there are no codes.
     */
    public int codeDepth(int row, int col) {
        List<Integer> codes = panelLabels(col).stream().filter(c -> roles.get(c) == ColumnRole.CODE).toList();
        if (codes.isEmpty()) {
            return 0;
        }
        if (codes.size() == 1) {
            Cell cell = slots[row][codes.get(0)];
            String digits = cell == null ? "" : cell.text().replaceAll("\\D", "");
            return digits.isEmpty() ? 0 : Math.max(1, (digits.length() - 1) / 2);
        }
        int depth = 0;
        for (int c : codes) {
            Cell cell = slots[row][c];
            if (cell != null && !NOTHING.matcher(cell.text()).matches()) {
                depth++;
            }
        }
        return depth;
    }

    /** The row's cell texts joined with " | ", for quoting. */
    public String rowText(int row) {
        List<String> parts = new ArrayList<>();
        for (int c = 0; c < cols(); c++) {
            Cell cell = slots[row][c];
            parts.add(cell == null ? "" : cell.text().replaceAll("\\s+", " ").trim());
        }
        return String.join(" | ", parts);
    }

    public boolean isTotal(int row, int col) {
        return TOTAL_P.matcher(label(row, col)).find();
    }

    public boolean isSubtotal(int row, int col) {
        return SUBTOTAL_P.matcher(label(row, col)).find();
    }

    /**
     * The nesting level of a row from its label's numbering: 1 for 一、, 2 for （一）, 3 for 1、,
     * 4 for （1）, 5 for 其中, 0 when it has none.
     */
    public int level(int row, int col) {
        Matcher m = NUMBERING.matcher(label(row, col));
        if (!m.find()) {
            return 0;
        }
        for (int g = 1; g <= 5; g++) {
            if (m.group(g) != null) {
                return g;
            }
        }
        return 0;
    }

    /** The figure in a cell, labelled by its row label and column header, or null. */
    public Figure figure(int row, int col) {
        Quantity q = quantities[row][col];
        Cell cell = slots[row][col];
        if (q == null || cell == null) {
            return null;
        }
        String label = label(row, col) + " / " + headers.get(col);
        String caption = table.caption() == null ? "" : table.caption() + ": ";
        return Figure.of(cell, q, label, caption + rowText(row));
    }

    private void readQuantities() {
        for (int r = 0; r < rows(); r++) {
            for (int c = 0; c < cols(); c++) {
                Cell cell = slots[r][c];
                if (cell == null) {
                    continue;
                }
                Quantity q = cell.quantity();
                if (q == null) {
                    q = NumberText.cell(cell.text(), unit);
                }
                quantities[r][c] = q;
            }
        }
    }

    /**
     * A row that stops short of the last column lost a merged label cell's span (text dumps print
     * "合计" once for 序号 and 名称): its figures belong to the rightmost columns, so they move right.
     */
    private void alignShortRow(int r) {
        int extent = 0;
        int first = -1;
        boolean numbers = false;
        for (int c = 0; c < cols(); c++) {
            if (slots[r][c] != null) {
                extent = Math.max(extent, c + slots[r][c].colSpan());
                first = first < 0 ? c : first;
                numbers |= quantities[r][c] != null && c > first;
            }
        }
        int shift = cols() - extent;
        if (shift <= 0 || first < 0 || !numbers || quantities[r][first] != null) {
            return;
        }
        for (int c = cols() - 1; c > first; c--) {
            int from = c - shift;
            boolean inRange = from > first;
            slots[r][c] = inRange ? slots[r][from] : null;
            quantities[r][c] = inRange ? quantities[r][from] : null;
        }
    }

    /** The text of the cell covering slot (r, c) in the (aligned) grid, spans included. */
    private String covering(int r, int c) {
        for (int rr = r; rr >= 0; rr--) {
            for (int cc = c; cc >= 0; cc--) {
                Cell cell = slots[rr][cc];
                if (cell != null && rr + cell.rowSpan() > r && cc + cell.colSpan() > c) {
                    return cell.text();
                }
            }
        }
        return "";
    }

    /**
     * A header row of single cells that stops short of the last column while the data rows fill it
     * lost the empty corner cell above the labels (PDF text layout): it belongs to the right.
     */
    private void alignShortHeader(int r) {
        int extent = 0;
        for (int c = 0; c < cols(); c++) {
            Cell cell = slots[r][c];
            if (cell != null) {
                if (cell.colSpan() > 1 || cell.rowSpan() > 1) {
                    return;
                }
                extent = c + 1;
            }
        }
        int shift = cols() - extent;
        if (shift <= 0 || headerRows >= rows() || slots[headerRows][cols() - 1] == null) {
            return;
        }
        for (int c = cols() - 1; c >= 0; c--) {
            slots[r][c] = c - shift >= 0 ? slots[r][c - shift] : null;
            quantities[r][c] = c - shift >= 0 ? quantities[r][c - shift] : null;
        }
    }

    /** Header rows: the leading rows before the first row with two numbers. */
    private int findHeaderRows() {
        for (int r = 0; r < rows(); r++) {
            int n = 0;
            for (int c = 0; c < cols(); c++) {
                if (quantities[r][c] != null) {
                    n++;
                }
            }
            if (n >= 2) {
                return r;
            }
        }
        return rows();
    }

    private static Unit tableUnit(Table t) {
        for (String s : new String[] {t.unitLine(), t.caption()}) {
            Unit u = unitIn(s);
            if (u != null) {
                return u;
            }
        }
        // A header cell such as 项目资金（万元） or 单位：万元 inside the grid.
        for (Cell c : t.cells()) {
            if (c.row() < 3) {
                Unit u = unitIn(c.text());
                if (u != null) {
                    return u;
                }
            }
        }
        return Unit.NONE;
    }

    private static Unit unitIn(String s) {
        if (s == null) {
            return null;
        }
        Matcher m = UNIT_P.matcher(s);
        if (!m.find()) {
            return null;
        }
        return Unit.fromSymbol(m.group(1) != null ? m.group(1) : m.group(2));
    }
}
