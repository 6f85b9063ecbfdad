package org.jixiao.index;

import java.util.List;


/**
 * The one owner of field names and document types. Every document has {@link #TYPE} and
 * {@link #REPORT_ID}; facts and findings repeat the report's department, region, level, year and
 * kind so that filters, facets and pivots need no join.
 */
public final class IndexFields {
    /** Bumped when documents change shape; stored in the commit data. */
    public static final String SCHEMA_VERSION = "6";
    /**
     * Versions this one reads: 5 stored the keywords of facts and findings that 6 reads from their
     * doc values (which 5 has too).
     */
    public static final java.util.Set<String> READABLE_SCHEMAS = java.util.Set.of("5", SCHEMA_VERSION);

    // document types
    public static final String TYPE_REPORT = "report";
    public static final String TYPE_BLOCK = "block";
    public static final String TYPE_ROW = "row";
    public static final String TYPE_FACT = "fact";
    public static final String TYPE_FINDING = "finding";
    /** One per report and period: the report's canonical facts of that period, as doc values for pivots. */
    public static final String TYPE_PERIOD = "period";

    // every document
    public static final String TYPE = "type";
    public static final String REPORT_ID = "report_id";

    // report metadata (report documents; repeated on facts and findings)
    public static final String PATH = "path";
    public static final String FILE_NAME = "file_name";
    public static final String MEDIA_TYPE = "media_type";
    public static final String SIZE = "size";
    public static final String DEPARTMENT = "department";
    public static final String REGION = "region";
    public static final String LEVEL = "level";
    public static final String YEAR = "year";
    public static final String KIND = "kind";
    public static final String TITLE = "title";
    public static final String SELF_SCORE = "self_score";
    public static final String GRADE = "grade";
    public static final String DIAGNOSTICS = "diagnostics";
    public static final String N_BLOCKS = "n_blocks";
    public static final String N_TABLES = "n_tables";
    public static final String N_FACTS = "n_facts";
    public static final String N_FINDINGS = "n_findings";

    // text: blocks and table rows
    public static final String TEXT = "text";
    public static final String SECTION_PATH = "section_path";
    public static final String BLOCK_ID = "block_id";
    public static final String BLOCK_TYPE = "block_type";
    public static final String ORDINAL = "ordinal";
    public static final String PAGE = "page";
    public static final String TABLE_ID = "table_id";
    public static final String ROW = "row";
    public static final String COL = "col";
    public static final String CAPTION = "caption";
    public static final String UNIT_LINE = "unit_line";

    // facts
    public static final String MEASURE = "measure";
    public static final String SCOPE = "scope";
    public static final String SUBJECT = "subject";
    public static final String PERIOD = "period";
    public static final String PHASE = "phase";
    public static final String UNIT = "unit";
    public static final String DIMENSION = "dimension";
    /** Normalized value (元, ratio, count) as a double: point, doc values and stored. */
    public static final String VALUE = "value";
    /** Normalized value as an exact decimal string. */
    public static final String VALUE_EXACT = "value_exact";
    public static final String PRINTED = "printed";
    public static final String DECIMALS = "decimals";
    public static final String LABEL = "label";
    public static final String CHAR_START = "char_start";
    public static final String CHAR_END = "char_end";
    public static final String EXTRACTOR = "extractor";
    /** The fact's id within its report (f0, f1 …). */
    public static final String FACT_ID = "fact_id";
    /** Whose figure: department, unit:…, item:… (keyword). */
    public static final String ENTITY = "entity";
    /** What restricts a fact as printed (stored, one value per qualifier). */
    public static final String QUALIFIER = "qualifier";
    /** "yes" on facts that are department-wide canonical figures ({@code Fact.canonical()}): compare uses only these. */
    public static final String CANONICAL = "canonical";
    public static final String CANONICAL_YES = "yes";
    /** What decided the fact's scope, phase and period (stored). */
    public static final String BASIS_SCOPE = "basis_scope";
    public static final String BASIS_PHASE = "basis_phase";
    public static final String BASIS_PERIOD = "basis_period";

    // report-period documents
    /** "scope|phase" of each canonical fact on a report-period document (indexed, not stored). */
    public static final String CANONICAL_KEY = "canonical_key";

    // renditions (see Renditions): 1 on every document of a report that is not shown
    /** Numeric doc value, 1 on the documents of a hidden rendition or superseded version; queries skip them. */
    public static final String HIDDEN = "hidden";
    /** Report documents: department|year|kind, the family a report's renditions and versions share (stored). */
    public static final String FAMILY = "family";
    /** Report documents: a hash of the whole figure set (stored). */
    public static final String FIGURES = "figures";
    /** Report documents: a bottom-k sketch of the figure hashes (stored bytes). */
    public static final String FIGURE_SKETCH = "figure_sketch";
    /** Report documents: the order in which reports were indexed (stored). */
    public static final String INDEX_SEQ = "index_seq";

    // findings
    public static final String RULE = "rule";
    public static final String SEVERITY = "severity";
    public static final String MESSAGE_ZH = "message_zh";
    public static final String MESSAGE_EN = "message_en";
    public static final String EXPECTED = "expected";
    public static final String ACTUAL = "actual";
    public static final String DIFFERENCE = "difference";
    public static final String EVIDENCE = "evidence";

    /** Fields searched by free-text queries. */
    public static final List<String> SEARCH_FIELDS = List.of(TEXT, TITLE, MESSAGE_ZH);

    /** Keyword fields with sorted doc values, counted as facets. */
    public static final List<String> FACET_DIMS = List.of(TYPE, DEPARTMENT, REGION, LEVEL, YEAR, KIND, MEASURE,
            SCOPE, PHASE, PERIOD, UNIT, DIMENSION, ENTITY, CANONICAL, RULE, SEVERITY);

    /** Keywords of fact documents read from their doc values (schema 6 does not store them). */
    public static final List<String> FACT_KEYWORDS = List.of(MEASURE, SCOPE, PHASE, PERIOD, UNIT, ENTITY, CANONICAL);
    /** Keywords of finding documents read from their doc values. */
    public static final List<String> FINDING_KEYWORDS = List.of(RULE, SEVERITY, UNIT);

    private IndexFields() {
    }

    /** The {@link #CANONICAL_KEY} term of a scope and phase. */
    public static String canonicalKey(String scope, String phase) {
        return scope + "|" + (phase == null ? "" : phase);
    }

    /** The start of the names of every report-period value field ({@link #canonicalField}). */
    public static final String CANONICAL_FIELDS = "cf|";

    /** The start of the names of the doc-values fields holding a scope and phase's values. */
    public static String canonicalPrefix(String scope, String phase) {
        return CANONICAL_FIELDS + canonicalKey(scope, phase) + "|";
    }

    /**
     * The sorted-numeric doc-values field with the values (raw bits of the normalized double) of a
     * report-period's canonical facts of one scope, phase and dimension (money, ratio, count …).
     */
    public static String canonicalField(String scope, String phase, String dimension) {
        return canonicalPrefix(scope, phase) + dimension;
    }
}
