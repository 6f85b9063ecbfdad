package org.jixiao.extract.pdf.table;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jixiao.extract.pdf.PdfPage;
import org.jixiao.extract.pdf.Ruling;
import org.jixiao.extract.pdf.TextChar;
import org.jixiao.model.BBox;

/**
 * Ruled tables (tabula's "spreadsheet"/"lattice" mode): merged ruling lines are split into
 * connected groups, each group becomes a cell grid, and glyphs go to the cell holding their centre.
 */
public final class LatticeRecognizer implements TableRecognizer {
    public static final String METHOD = "lattice";

    private final RulingMerger merger;
    private final GridBuilder gridBuilder = new GridBuilder();
    private final CellText cellText = new CellText();
    private final OuterLabels outerLabels = new OuterLabels();
    private final UnderRuled underRuled = new UnderRuled();
    private final StreamRecognizer stream = new StreamRecognizer();

    public LatticeRecognizer() {
        this(new RulingMerger());
    }

    public LatticeRecognizer(RulingMerger merger) {
        this.merger = merger;
    }

    @Override
    public List<PageTable> recognize(PdfPage page) {
        List<Ruling> lines = merger.merge(page.rulings());
        List<PageTable> out = new ArrayList<>();
        for (List<Ruling> group : RulingGroups.connected(lines, merger.snap())) {
            long vertical = group.stream().filter(Ruling::isVertical).count();
            if (vertical == 0 || group.size() - vertical < 2) {
                continue;
            }
            Grid grid = gridBuilder.build(group);
            if (grid.cols() < 1 || grid.rows() < 1) {
                continue;
            }
            grid = outerLabels.widen(page, grid);
            PageTable t = fill(page, grid);
            if (t != null) {
                out.add(t);
            }
        }
        out.sort(Comparator.comparingDouble(t -> t.bbox().top()));
        return out;
    }

    private PageTable fill(PdfPage page, Grid grid) {
        List<GridCell> cells = grid.cells();
        List<List<TextChar>> inCell = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            inCell.add(new ArrayList<>());
        }
        for (TextChar c : page.chars()) {
            if (c.isBlank()) {
                continue;
            }
            for (int i = 0; i < cells.size(); i++) {
                BBox b = cells.get(i).bbox();
                if (c.centerX() >= b.left() && c.centerX() < b.right() && c.centerY() >= b.top() && c.centerY() < b.bottom()) {
                    inCell.get(i).add(c);
                    break;
                }
            }
        }
        List<Double> xs = grid.xs();
        List<Double> ys = grid.ys();
        BBox box = new BBox(ys.get(0), xs.get(0), ys.get(ys.size() - 1), xs.get(xs.size() - 1));
        if (underRuled.test(cells, inCell)) {
            // the rules frame groups of rows: the rows and columns come from the text inside the frame
            PageTable read = stream.fromRegion(page, box);
            if (read != null) {
                return read;
            }
        }
        List<GridCell> filled = new ArrayList<>(cells.size());
        int withText = 0;
        for (int i = 0; i < cells.size(); i++) {
            String text = cellText.text(inCell.get(i), cells.get(i).bbox());
            if (!text.isEmpty()) {
                withText++;
            }
            GridCell g = cells.get(i);
            filled.add(new GridCell(g.row(), g.col(), g.rowSpan(), g.colSpan(), text, g.bbox()));
        }
        // A framed box around one paragraph is not a table, unless it is the rest of a row the page
        // break cut (kept as a one-row piece; the assembler drops it unless it continues a table).
        boolean piece = grid.rows() == 1 && withText >= 1;
        if ((withText < 2 || grid.cols() < 2) && !piece) {
            return null;
        }
        return new PageTable(page.number(), box, METHOD, grid.rows(), grid.cols(), filled, xs);
    }
}
