package org.jixiao.extract.figures.table;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jixiao.extract.figures.TableUnits;
import org.jixiao.extract.figures.Vocabulary;
import org.jixiao.extract.figures.layout.TableKinds;
import org.jixiao.model.Block;
import org.jixiao.model.BlockType;
import org.jixiao.model.Report;
import org.jixiao.model.Table;
import org.jixiao.model.Unit;

/**
 * What a table's surroundings say about all its cells: caption, unit, the scope of the whole
 * table (基本支出资金明细表 → basic), the fund of a fund statement, and its year. When the
 * structure stage left the caption or unit line empty, the paragraphs just above the table are read.
 *
 * @param caption the caption as printed, or ""
 * @param unit    the table-wide unit, or null
 * @param scope   the scope the caption names, or null
 * @param fund    the fund type of a fund statement, or null
 * @param period  the year the caption names, else the report's fiscal year, or null
 * @param documentPhase the phase every money figure of the document has (budget-final in a 部门预算), or null
 */
record TableContext(String caption, Unit unit, String scope, String fund, String period, String documentPhase) {
    /** "项目支出名称 业务工作经费项目" printed as a line above a score sheet. */
    /** How far above a score sheet its 项目支出名称 line may stand (主管部门, 项目资金（万元） lines between). */
    private static final int PROJECT_LINES = 6;
    private static final Pattern PROJECT_LINE = Pattern.compile("^项目(?:支出)?名称[\\s：:]+(\\S.{0,40})$");
    private static final Pattern CAPTION = Pattern.compile("^(表\\s*\\d+.*|.*表(（.*）|\\(.*\\))?)$");

    static TableContext of(Report report, Table table, Vocabulary vocabulary, TableUnits units, TableKinds kinds) {
        String caption = table.caption();
        String unitLine = table.unitLine();
        List<String> above = textAbove(report, table.id(), 3, false);
        for (String t : above) {
            if (unitLine == null && t.contains("单位") && units.fromUnitLine(t).isPresent()) {
                unitLine = t;
            } else if (caption == null && t.length() <= 60 && CAPTION.matcher(t).matches()) {
                caption = t;
            }
        }
        caption = caption == null ? "" : caption;
        Unit unit = units.fromUnitLine(unitLine).or(() -> units.fromUnitLine(table.caption())).orElse(null);
        if (unit == null) {
            unit = units.ofTable(table).orElse(null);
        }
        for (String t : above) {
            // a header label wrapped out of the table by the layout: 年度预 / 算申请 / （万元）
            if (unit == null && t.length() <= 8) {
                unit = units.fromHeader(t).filter(u -> u.dimension() == Unit.Dimension.MONEY).orElse(null);
            }
        }
        String context = caption + " " + String.join(" ", table.sectionPath());
        String fund = null;
        String caption2 = caption;
        if (context.contains("基金") || context.contains("保险")) {
            fund = vocabulary.match(Vocabulary.FUND, caption)
                    .or(() -> vocabulary.match(Vocabulary.FUND, context))
                    .or(() -> fundOfRows(table, caption2, vocabulary)).orElse(null);
        }
        // the first scope the caption names: “三公”经费、会议费、培训费支出预算表 is a 三公 table
        List<Vocabulary.Hit> captionScopes = vocabulary.findAll(Vocabulary.SCOPE, caption);
        String scope = fund != null || captionScopes.isEmpty() ? null : captionScopes.get(0).canonical();
        if (fund == null) {
            // a one-project score sheet: its 年度资金总额 is that project's money, not the department's
            Optional<String> project = projectOfSheet(table, caption, textAbove(report, table.id(), PROJECT_LINES, true));
            if (project.isPresent()) {
                scope = project.get();
            }
        }
        String year = HeaderReader.year(caption);
        if (year == null || captionDoesNotDate(table, kinds) && report.meta().period() != null) {
            year = report.meta().period();
        }
        String docPhase = "budget".equals(report.meta().kind()) ? "budget-final" : null;
        return new TableContext(caption, unit, scope, fund, year, docPhase);
    }

    /**
     * The project a 项目支出绩效自评表 is about: "item:NAME" from its 项目(支出)名称 row, or "project"
     * when the caption says it is a project sheet but names none; empty for other tables.
     */
    static Optional<String> projectOfSheet(Table table, String caption, List<String> above) {
        for (String line : above) {
            Matcher m = PROJECT_LINE.matcher(line);
            if (m.matches()) {
                return Optional.of("item:" + Vocabulary.normalize(m.group(1)));
            }
        }
        for (var cell : table.cells()) {
            String label = Vocabulary.normalize(cell.text());
            if (label.equals("项目支出名称") || label.equals("项目名称")) {
                String name = table.text(cell.row(), cell.col() + cell.colSpan()).strip();
                if (!name.isEmpty()) {
                    return Optional.of("item:" + Vocabulary.normalize(name));
                }
            }
        }
        return caption.contains("项目支出绩效自评表") ? Optional.of("project") : Optional.empty();
    }

    /** A fund statement whose caption names no fund: the fund its row labels name (失业保险费收入). */
    private static Optional<String> fundOfRows(Table table, String caption, Vocabulary vocabulary) {
        if (!caption.contains("基金")) {
            return Optional.empty();
        }
        for (var cell : table.cells()) {
            Optional<String> f = vocabulary.match(Vocabulary.FUND, cell.text());
            if (f.isPresent()) {
                return f;
            }
        }
        return Optional.of("social-insurance");
    }

    /** Up to three paragraphs right before the table's block, nearest first. */
    private static List<String> textAbove(Report report, String tableId, int lines, boolean toHeading) {
        List<Block> blocks = report.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b.type() == BlockType.TABLE && tableId.equals(b.tableId())) {
                List<String> out = new java.util.ArrayList<>();
                for (int k = i - 1; k >= 0 && k >= i - lines && blocks.get(k).type() != BlockType.TABLE
                        && !(toHeading && blocks.get(k).type() == BlockType.HEADING); k--) {
                    out.add(blocks.get(k).text().strip());
                }
                return out;
            }
        }
        return List.of();
    }

    Optional<Unit> unitOpt() {
        return Optional.ofNullable(unit);
    }

    /** Tables whose caption's year is not the period of their figures: table-kinds.tsv says which. */
    private static boolean captionDoesNotDate(Table table, TableKinds kinds) {
        String kind = table.layout() == null ? null : table.layout().kind();
        return kind != null && kinds.byId(kind).map(k -> !k.captionDates()).orElse(false);
    }
}
