package org.jixiao.extract.figures.layout;

import org.jixiao.extract.figures.NumberReader;
import org.jixiao.extract.figures.TableUnits;
import org.jixiao.extract.figures.Vocabulary;
import org.jixiao.model.ColumnMeaning;
import org.jixiao.model.RowNode;
import org.jixiao.model.Table;
import org.jixiao.model.TableLayout;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a table's layout: the header band (the rows above the first row of figures, and header rows
 * that restart further down), each column's meaning from its header path, the row tree of each
 * panel, and the standard table it is from its caption.
 */
public final class LayoutReader {
    private static final int MAX_SLOTS = 40_000;
    private final NumberReader numbers;
    private final Vocabulary vocabulary;
    private final TableKinds kinds;
    private final ColumnReader columns;
    private final RowTreeReader rows = new RowTreeReader();

    public LayoutReader(NumberReader numbers, Vocabulary vocabulary, TableUnits units, TableKinds kinds) {
        this.numbers = numbers;
        this.vocabulary = vocabulary;
        this.kinds = kinds;
        this.columns = new ColumnReader(vocabulary, units);
    }

    /** The layout of {@code table} whose caption (printed or found above it) is {@code caption}. */
    public TableLayout read(Table table, String caption) {
        Optional<TableKinds.Match> kind = kinds.match(caption);
        String kindId = kind.map(m -> m.kind().id()).orElse(null);
        String basis = kind.map(m -> "caption:" + m.synonym()).orElse(null);
        String scope = kind.map(m -> m.kind().totalScope()).orElse(null);
        List<String> qualifiers = kind.map(m -> m.kind().qualifiers()).orElse(List.of());
        if ((long) table.rows() * table.cols() > MAX_SLOTS) {
            return new TableLayout(kindId, basis, scope, qualifiers, List.of(), List.of(), List.of());
        }
        Slots s = new Slots(table, numbers);
        boolean[] code = columns.codeColumns(s);
        List<Integer> data = new ArrayList<>();
        for (int r = 0; r < s.rows(); r++) {
            if (columns.isDataRow(s, r, code)) {
                data.add(r);
            }
        }
        int first = data.isEmpty() ? s.rows() : data.get(0);
        List<Integer> band = new ArrayList<>();
        for (int r = 0; r < first; r++) {
            band.add(r);
        }
        List<Integer> headerRows = new ArrayList<>(band);
        for (int r = first; r < s.rows(); r++) {
            if (!data.contains(r) && restartsHeader(s, r)) {
                headerRows.add(r);
            }
        }
        List<ColumnMeaning> cols = columns.read(s, band, code, data);
        List<RowNode> tree = rows.read(s, cols, headerRows);
        return new TableLayout(kindId, basis, scope, qualifiers, headerRows, cols, tree);
    }

    /** A text row further down whose cells mostly name columns (a base-data table starting a new part). */
    private boolean restartsHeader(Slots s, int r) {
        List<String> distinct = new ArrayList<>();
        for (int c = 0; c < s.cols(); c++) {
            String t = s.text(r, c).strip();
            if (!t.isEmpty() && !distinct.contains(t)) {
                distinct.add(t);
            }
        }
        if (distinct.size() < 2) {
            return false;
        }
        long named = distinct.stream().filter(t -> t.length() <= 20 && (vocabulary.match(Vocabulary.PHASE, t).isPresent()
                || vocabulary.match(Vocabulary.COLUMN, t).isPresent())).count();
        return named * 2 >= distinct.size();
    }
}
