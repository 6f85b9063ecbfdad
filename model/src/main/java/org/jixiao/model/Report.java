package org.jixiao.model;

import java.util.List;

/**
 * Everything extracted from one document.
 *
 * @param id          sha-256 of the bytes, hex
 * @param source      where the bytes came from
 * @param meta        department, year, kind, score …
 * @param blocks      headings, paragraphs and tables in reading order
 * @param tables      the tables referenced by table blocks
 * @param sections    the section tree (top-level sections)
 * @param facts       figures with canonical scope and phase
 * @param indicators  score-sheet rows
 * @param diagnostics what could not be read
 * @param relations   the calculation network between printed figures (sums, rates, changes, one
 *                    figure printed twice), built by extract and evaluated by check
 */
public record Report(String id, Source source, ReportMeta meta, List<Block> blocks, List<Table> tables,
                     List<Section> sections, List<Fact> facts, List<Indicator> indicators,
                     List<Diagnostic> diagnostics, List<Relation> relations) {

    /** A report before its relations are built. */
    public Report(String id, Source source, ReportMeta meta, List<Block> blocks, List<Table> tables,
                  List<Section> sections, List<Fact> facts, List<Indicator> indicators, List<Diagnostic> diagnostics) {
        this(id, source, meta, blocks, tables, sections, facts, indicators, diagnostics, List.of());
    }

    public Report {
        relations = Validate.copy(relations);
        Validate.notNullParam(id, "id");
        meta = meta == null ? ReportMeta.unknown() : meta;
        blocks = Validate.copy(blocks);
        tables = Validate.copy(tables);
        sections = Validate.copy(sections);
        facts = Validate.copy(facts);
        indicators = Validate.copy(indicators);
        diagnostics = Validate.copy(diagnostics);
    }

    /** True when a fatal diagnostic says nothing usable was extracted. */
    public boolean failed() {
        return diagnostics.stream().anyMatch(Diagnostic::fatal);
    }

    public Report withMeta(ReportMeta m) {
        return new Report(id, source, m, blocks, tables, sections, facts, indicators, diagnostics, relations);
    }

    public Report withFigures(ReportMeta m, List<Fact> f, List<Indicator> ind, List<Table> t) {
        return new Report(id, source, m, blocks, t, sections, f, ind, diagnostics, relations);
    }

    public Report withDiagnostics(List<Diagnostic> d) {
        return new Report(id, source, meta, blocks, tables, sections, facts, indicators, d, relations);
    }

    public Report withRelations(List<Relation> r) {
        return new Report(id, source, meta, blocks, tables, sections, facts, indicators, diagnostics, r);
    }

    public Report withTables(List<Table> t) {
        return new Report(id, source, meta, blocks, t, sections, facts, indicators, diagnostics, relations);
    }

    public Report withFacts(List<Fact> f) {
        return new Report(id, source, meta, blocks, tables, sections, f, indicators, diagnostics, relations);
    }

    public Table table(String tableId) {
        return tables.stream().filter(t -> t.id().equals(tableId)).findFirst().orElse(null);
    }
}
