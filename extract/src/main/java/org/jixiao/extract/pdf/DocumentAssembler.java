package org.jixiao.extract.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

import org.jixiao.extract.RawDocument;
import org.jixiao.extract.pdf.table.PageTable;
import org.jixiao.extract.pdf.table.TableJoiner;
import org.jixiao.extract.pdf.text.LineBuilder;
import org.jixiao.extract.pdf.text.Paragraph;
import org.jixiao.extract.pdf.text.ParagraphBuilder;
import org.jixiao.extract.pdf.text.RunningLines;
import org.jixiao.extract.pdf.text.TextLayout;
import org.jixiao.extract.pdf.text.TextLine;
import org.jixiao.model.BBox;
import org.jixiao.model.Block;
import org.jixiao.model.BlockType;
import org.jixiao.model.Provenance;
import org.jixiao.model.Table;

/**
 * Puts pages together in reading order: paragraphs from the text outside tables (by the layout the
 * whole document measures, {@link TextLayout}), tables at their position, tables and paragraphs
 * continued on the next page joined, captions and unit lines attached, page numbers and running
 * headers and footers dropped.
 */
final class DocumentAssembler {
    /** Header / footer margin as a share of the page height where a lone page number is dropped. */
    private static final double MARGIN = 0.08;
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "^[\\s\\-–—]*(?:第\\s*)?\\d{1,4}(?:\\s*页)?(?:\\s*[/／]\\s*(?:共\\s*)?\\d{1,4}\\s*页?)?[\\s\\-–—]*$");

    private final String reportId;
    private final LineBuilder lineBuilder = new LineBuilder();
    private final TableJoiner joiner = new TableJoiner();
    private final OcrMarks ocrMarks = new OcrMarks();
    private ParagraphBuilder paragraphBuilder;
    private RunningLines running;

    DocumentAssembler(String reportId) {
        this.reportId = reportId;
    }

    private sealed interface Item permits ParagraphItem, TableItem {
        double top();
    }

    private record ParagraphItem(int page, double pageWidth, Paragraph paragraph) implements Item {
        @Override
        public double top() {
            return paragraph.bbox().top();
        }
    }

    private record TableItem(List<PageTable> parts) implements Item {
        @Override
        public double top() {
            return parts.get(0).bbox().top();
        }
    }

    RawDocument assemble(List<PageContent> pages) {
        List<List<TextLine>> pageLines = new ArrayList<>();
        List<Double> widths = new ArrayList<>();
        List<Double> heights = new ArrayList<>();
        for (PageContent pc : pages) {
            ocrMarks.add(pc.page());
            pageLines.add(linesOutside(pc));
            widths.add(pc.page().width());
            heights.add(pc.page().height());
        }
        running = RunningLines.find(pageLines, heights);
        List<List<TextLine>> body = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            body.add(withoutRunning(pageLines.get(i), heights.get(i)));
        }
        paragraphBuilder = new ParagraphBuilder(TextLayout.measure(body, widths));
        List<Item> items = new ArrayList<>();
        int lastPage = 0;
        for (int i = 0; i < pages.size(); i++) {
            PageContent read = pages.get(i);
            PageContent pc = withoutStrayPieces(read, items.isEmpty() ? null : items.get(items.size() - 1));
            List<Item> pageItems = pageItems(pc, pc == read ? body.get(i)
                    : withoutRunning(linesOutside(pc), pc.page().height()));
            for (Item it : pageItems) {
                if (it instanceof TableItem t && it == pageItems.get(0) && !items.isEmpty()
                        && items.get(items.size() - 1) instanceof TableItem prev
                        && joiner.continues(prev.parts().get(prev.parts().size() - 1), t.parts().get(0))) {
                    prev.parts().add(t.parts().get(0));
                } else if (it instanceof ParagraphItem p && it == pageItems.get(0) && !items.isEmpty()
                        && items.get(items.size() - 1) instanceof ParagraphItem before
                        && before.page() == p.page() - 1 && paragraphBuilder.continuesOnNextPage(before.paragraph(),
                        p.paragraph(), before.pageWidth(), p.pageWidth())) {
                    items.set(items.size() - 1, new ParagraphItem(p.page(), p.pageWidth(),
                            ParagraphBuilder.merge(before.paragraph(), p.paragraph())));
                } else {
                    items.add(it);
                }
            }
            lastPage = Math.max(lastPage, pc.page().number());
        }
        return toDocument(items, lastPage);
    }

    /**
     * One-row pieces are kept only where they continue the table before them: at the top of the
     * page, nothing but the header margin above. Elsewhere their text is ordinary text.
     */
    private PageContent withoutStrayPieces(PageContent pc, Item last) {
        List<PageTable> kept = new ArrayList<>();
        double firstTop = pc.tables().stream().mapToDouble(t -> t.bbox().top()).min().orElse(0);
        for (PageTable t : pc.tables()) {
            if (!t.isPiece()) {
                kept.add(t);
                continue;
            }
            boolean atTop = t.bbox().top() <= firstTop && pc.page().chars().stream().noneMatch(c -> !c.isBlank()
                    && c.centerY() < t.bbox().top() - 1 && c.centerY() > pc.page().height() * MARGIN);
            if (atTop && last instanceof TableItem prev
                    && joiner.continues(prev.parts().get(prev.parts().size() - 1), t)) {
                kept.add(t);
            }
        }
        return kept.size() == pc.tables().size() ? pc : new PageContent(pc.page(), kept);
    }

    private List<TextLine> linesOutside(PageContent pc) {
        List<TextChar> outside = new ArrayList<>();
        for (TextChar c : pc.page().chars()) {
            if (!insideAny(c, pc.tables())) {
                outside.add(c);
            }
        }
        return lineBuilder.lines(outside);
    }

    private List<TextLine> withoutRunning(List<TextLine> all, double pageHeight) {
        List<TextLine> lines = new ArrayList<>();
        for (TextLine l : all) {
            if (!isPageNumber(l, pageHeight) && !running.isRunning(l, all, pageHeight)) {
                lines.add(l);
            }
        }
        return lines;
    }

    private List<Item> pageItems(PageContent pc, List<TextLine> bodyLines) {
        PdfPage page = pc.page();
        List<PageTable> tables = pc.tables();
        List<TextLine> lines = new ArrayList<>(bodyLines);
        // a lone number under everything else is the page number, wherever the footer sits
        double lowestTable = tables.stream().mapToDouble(t -> t.bbox().bottom()).max().orElse(0);
        if (!lines.isEmpty()) {
            TextLine last = lines.get(lines.size() - 1);
            if (PAGE_NUMBER.matcher(last.text()).matches() && last.top() > lowestTable
                    && lines.stream().allMatch(l -> l == last || l.bottom() <= last.top())) {
                lines.remove(lines.size() - 1);
            }
        }
        List<Item> items = new ArrayList<>();
        for (Paragraph p : paragraphsBetweenTables(lines, tables, page)) {
            items.add(new ParagraphItem(page.number(), page.width(), p));
        }
        for (PageTable t : tables) {
            List<PageTable> parts = new ArrayList<>();
            parts.add(t);
            items.add(new TableItem(parts));
        }
        items.sort(Comparator.comparingDouble(Item::top));
        return items;
    }

    /** Paragraphs never run across a table: the lines are cut at each table's top. */
    private List<Paragraph> paragraphsBetweenTables(List<TextLine> lines, List<PageTable> tables, PdfPage page) {
        List<Double> cuts = tables.stream().map(t -> t.bbox().top()).sorted().toList();
        List<Paragraph> out = new ArrayList<>();
        List<TextLine> run = new ArrayList<>();
        int cut = 0;
        for (TextLine l : lines) {
            boolean crossed = false;
            while (cut < cuts.size() && l.top() >= cuts.get(cut)) {
                cut++;
                crossed = true;
            }
            if (crossed && !run.isEmpty()) {
                out.addAll(paragraphBuilder.paragraphs(run, page.number(), page.width()));
                run = new ArrayList<>();
            }
            run.add(l);
        }
        out.addAll(paragraphBuilder.paragraphs(run, page.number(), page.width()));
        return out;
    }

    /** A paragraph block whose provenance names the page it starts on, and each line's page, box and span. */
    private Block paragraphBlock(String blockId, Paragraph p) {
        Provenance prov = OcrMarks.mark(new Provenance(reportId, p.page(), p.bbox(), blockId, null, null, null, 0,
                p.text().length(), PdfExtractor.NAME), p.lines().stream().flatMap(l -> l.chars().stream()).toList());
        List<Provenance> lines = new ArrayList<>();
        for (int i = 0; i < p.lines().size(); i++) {
            Paragraph.LineSpan s = p.spans().get(i);
            lines.add(OcrMarks.mark(new Provenance(reportId, s.page(), p.lines().get(i).bbox(), blockId, null, null,
                    null, s.start(), s.end(), PdfExtractor.NAME), p.lines().get(i).chars()));
        }
        return new Block(blockId, BlockType.PARAGRAPH, p.text(), -1, null, List.of(), null, prov, lines);
    }

    private static boolean insideAny(TextChar c, List<PageTable> tables) {
        for (PageTable t : tables) {
            BBox b = t.bbox();
            if (c.centerX() >= b.left() - 1 && c.centerX() <= b.right() + 1
                    && c.centerY() >= b.top() - 1 && c.centerY() <= b.bottom() + 1) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPageNumber(TextLine l, double pageHeight) {
        boolean inMargin = l.bottom() < pageHeight * MARGIN || l.top() > pageHeight * (1 - MARGIN);
        return inMargin && PAGE_NUMBER.matcher(l.text()).matches();
    }

    private RawDocument toDocument(List<Item> items, int pageCount) {
        List<Block> blocks = new ArrayList<>();
        List<Table> tables = new ArrayList<>();
        TableConverter converter = new TableConverter(reportId, ocrMarks);
        for (int i = 0; i < items.size(); i++) {
            String blockId = "b" + blocks.size();
            if (items.get(i) instanceof ParagraphItem p) {
                blocks.add(paragraphBlock(blockId, p.paragraph()));
            } else if (items.get(i) instanceof TableItem t) {
                String[] captionAndUnit = CaptionFinder.find(items.subList(Math.max(0, i - 4), i).stream()
                        .filter(ParagraphItem.class::isInstance).map(x -> ((ParagraphItem) x).paragraph().text())
                        .toList());
                Table table = converter.convert("t" + tables.size(), blockId, joiner.join(t.parts()), t.parts(),
                        captionAndUnit[0], captionAndUnit[1]);
                tables.add(table);
                blocks.add(new Block(blockId, BlockType.TABLE, TableConverter.text(table), -1, null, List.of(),
                        table.id(), table.provenance()));
            }
        }
        return new RawDocument(blocks, tables, pageCount);
    }
}
