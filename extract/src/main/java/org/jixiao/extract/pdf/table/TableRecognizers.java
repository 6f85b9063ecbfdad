package org.jixiao.extract.pdf.table;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jixiao.extract.pdf.PdfPage;

/** The recognizers jixiao uses by default, composed. */
public final class TableRecognizers {
    private TableRecognizers() {
    }

    /** Ruled tables first; unruled ones only where no ruled table was found. */
    public static TableRecognizer standard() {
        return new Composite(new LatticeRecognizer(), new StreamRecognizer());
    }

    /**
     * Runs recognizers in order; a later one only keeps tables that do not overlap earlier ones. A
     * one-cell frame (a piece) does not block: a table found inside a box drawn round it replaces the box.
     */
    static final class Composite implements TableRecognizer {
        private final List<TableRecognizer> parts;

        Composite(TableRecognizer... parts) {
            this.parts = List.of(parts);
        }

        @Override
        public List<PageTable> recognize(PdfPage page) {
            List<PageTable> out = new ArrayList<>();
            for (TableRecognizer r : parts) {
                for (PageTable t : r.recognize(page)) {
                    if (out.stream().noneMatch(o -> !o.isPiece() && overlaps(o, t))) {
                        if (!t.isPiece()) {
                            out.removeIf(o -> o.isPiece() && overlaps(o, t));
                        }
                        out.add(t);
                    }
                }
            }
            out.sort(Comparator.comparingDouble(t -> t.bbox().top()));
            return out;
        }

        private static boolean overlaps(PageTable a, PageTable b) {
            return a.bbox().left() < b.bbox().right() && b.bbox().left() < a.bbox().right()
                    && a.bbox().top() < b.bbox().bottom() && b.bbox().top() < a.bbox().bottom();
        }
    }
}
