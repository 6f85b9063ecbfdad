package org.jixiao.extract.figures.layout;

import org.jixiao.extract.ExtractContext;
import org.jixiao.extract.ExtractionException;
import org.jixiao.extract.ReportStage;
import org.jixiao.extract.Requirement;
import org.jixiao.model.Block;
import org.jixiao.model.BlockType;
import org.jixiao.model.Report;
import org.jixiao.model.Table;
import org.jixiao.model.Validate;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Gives every table its {@link org.jixiao.model.TableLayout}; the figures stages read it. */
public final class LayoutStage implements ReportStage {
    private static final Pattern CAPTION = Pattern.compile("^(表\\s*\\d+.*|.*表(（.*）|\\(.*\\))?)$");
    private final LayoutReader reader;

    public LayoutStage(LayoutReader reader) {
        this.reader = Validate.notNullParam(reader, "reader");
    }

    @Override
    public String name() {
        return "layout";
    }

    @Override
    public Set<Requirement> requires() {
        return EnumSet.of(Requirement.TABLES, Requirement.CAPTIONS);
    }

    @Override
    public Set<Requirement> provides() {
        return EnumSet.of(Requirement.LAYOUTS);
    }

    @Override
    public Report apply(Report report, ExtractContext ctx) throws ExtractionException {
        List<Table> out = new ArrayList<>();
        for (Table t : report.tables()) {
            ctx.checkDeadline();
            out.add(t.withLayout(reader.read(t, caption(report, t))));
        }
        return report.withTables(out);
    }

    /** A first-row cell spanning the whole table (a spreadsheet form's title), or null. */
    private static String titleRow(Table t) {
        return t.cells().stream().filter(c -> c.row() == 0 && c.col() == 0 && c.colSpan() == t.cols() && t.cols() > 1)
                .map(c -> c.text().strip()).filter(s -> !s.isEmpty() && s.length() <= 40).findFirst().orElse(null);
    }

    /** The printed caption, else a caption-like line among the three blocks above the table. */
    static String caption(Report report, Table t) {
        String title = titleRow(t);
        if (t.caption() != null && !t.caption().isBlank()) {
            // a sheet named after its project prints the form's title in its first row
            return title == null ? t.caption() : t.caption() + " " + title;
        }
        if (title != null) {
            return title;
        }
        List<Block> blocks = report.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b.type() == BlockType.TABLE && t.id().equals(b.tableId())) {
                for (int k = i - 1; k >= 0 && k >= i - 3 && blocks.get(k).type() != BlockType.TABLE; k--) {
                    String text = blocks.get(k).text().strip();
                    if (text.length() <= 60 && CAPTION.matcher(text).matches()) {
                        return text;
                    }
                }
                break;
            }
        }
        return "";
    }
}
