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
 * @param yearMentions the years printed in the text and at the head of table captions, with the role
 *                    extract read each in (the base of a comparison, an "as of" date …)
 */
public record Report(String id, Source source, ReportMeta meta, List<Block> blocks, List<Table> tables,
                     List<Section> sections, List<Fact> facts, List<Indicator> indicators,
                     List<Diagnostic> diagnostics, List<Relation> relations, List<YearMention> yearMentions) {

    /** A report before its years are read. */
    public Report(String id, Source source, ReportMeta meta, List<Block> blocks, List<Table> tables,
                  List<Section> sections, List<Fact> facts, List<Indicator> indicators, List<Diagnostic> diagnostics,
                  List<Relation> relations) {
        this(id, source, meta, blocks, tables, sections, facts, indicators, diagnostics, relations, List.of());
    }

    /** A report before its relations are built. */
    public Report(String id, Source source, ReportMeta meta, List<Block> blocks, List<Table> tables,
                  List<Section> sections, List<Fact> facts, List<Indicator> indicators, List<Diagnostic> diagnostics) {
        this(id, source, meta, blocks, tables, sections, facts, indicators, diagnostics, List.of());
    }

    public Report {
        relations = Validate.copy(relations);
        yearMentions = Validate.copy(yearMentions);
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
        return new Report(id, source, m, blocks, tables, sections, facts, indicators, diagnostics, relations, yearMentions);
    }

    public Report withFigures(ReportMeta m, List<Fact> f, List<Indicator> ind, List<Table> t) {
        return new Report(id, source, m, blocks, t, sections, f, ind, diagnostics, relations, yearMentions);
    }

    public Report withDiagnostics(List<Diagnostic> d) {
        return new Report(id, source, meta, blocks, tables, sections, facts, indicators, d, relations, yearMentions);
    }

    public Report withRelations(List<Relation> r) {
        return new Report(id, source, meta, blocks, tables, sections, facts, indicators, diagnostics, r, yearMentions);
    }

    public Report withTables(List<Table> t) {
        return new Report(id, source, meta, blocks, t, sections, facts, indicators, diagnostics, relations, yearMentions);
    }

    public Report withFacts(List<Fact> f) {
        return new Report(id, source, meta, blocks, tables, sections, f, indicators, diagnostics, relations, yearMentions);
    }

    public Report withYearMentions(List<YearMention> y) {
        return new Report(id, source, meta, blocks, tables, sections, facts, indicators, diagnostics, relations, y);
    }

    public Table table(String tableId) {
        return tables.stream().filter(t -> t.id().equals(tableId)).findFirst().orElse(null);
    }
}
