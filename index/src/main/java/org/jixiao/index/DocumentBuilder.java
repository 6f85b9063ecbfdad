package org.jixiao.index;

import static org.jixiao.index.IndexFields.*;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoubleDocValuesField;
import org.apache.lucene.document.DoubleField;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedNumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

import org.jixiao.model.Basis;
import org.jixiao.model.Block;
import org.jixiao.model.BlockType;
import org.jixiao.model.Cell;
import org.jixiao.model.Fact;
import org.jixiao.model.Finding;
import org.jixiao.model.Interval;
import org.jixiao.model.Provenance;
import org.jixiao.model.Quantity;
import org.jixiao.model.Report;
import org.jixiao.model.ReportMeta;
import org.jixiao.model.Severity;
import org.jixiao.model.Table;
import org.jixiao.model.Validate;

/**
 * The one place that turns a {@link Report} and its {@link Finding}s into Lucene documents: one
 * report document, one per heading or paragraph, one per table row, one per fact, one per
 * finding. Every document carries the report id and the report's keys (department, region,
 * level, year, kind) so each type can be filtered and faceted on its own. Only the text of blocks
 * and rows, titles and finding messages are analyzed: labels, captions and section paths are
 * stored for display (analyzing them cost a third of the indexing time and no query used them).
 */
public final class DocumentBuilder {
    /** Section paths are printed with this between headings. */
    public static final String PATH_SEPARATOR = " > ";
    /** Text with offsets in the postings, so the highlighter needs no re-analysis. */
    static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();

    private final ObjectMapper json;

    public DocumentBuilder(ObjectMapper json) {
        this.json = Validate.notNullParam(json, "json");
    }

    private static FieldType textWithOffsets() {
        FieldType t = new FieldType(TextField.TYPE_STORED);
        t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        t.freeze();
        return t;
    }

    /** All documents of one report, the report document first. */
    public List<Document> build(Report report, String path, List<Finding> findings) throws IOException {
        Validate.notNullParam(report, "report");
        Validate.notNullParam(path, "path");
        Validate.notNullParam(findings, "findings");
        List<Document> docs = new ArrayList<>();
        docs.add(reportDoc(report, path, findings.size()));
        int ordinal = 0;
        for (Block b : report.blocks()) {
            if (b.type() != BlockType.TABLE && ChineseText.hasWords(b.text())) {
                docs.add(blockDoc(report, b, ordinal));
            }
            ordinal++;
        }
        for (Table t : report.tables()) {
            addRows(report, t, docs);
        }
        for (Fact f : report.facts()) {
            docs.add(factDoc(report, f));
        }
        addPeriods(report, docs);
        for (Finding f : findings) {
            docs.add(findingDoc(report, f));
        }
        return docs;
    }

    /**
     * A document with the report's keys: indexed and with doc values for filters, facets and
     * pivots; stored on the report document only (the others name their report, and readers
     * take the keys from the cached report).
     */
    private Document base(Report report, String type) {
        Document d = new Document();
        boolean isReport = TYPE_REPORT.equals(type);
        keyword(d, TYPE, type, false);
        d.add(new StringField(REPORT_ID, report.id(), Field.Store.YES));
        ReportMeta m = report.meta();
        keyword(d, DEPARTMENT, m.department(), isReport);
        keyword(d, REGION, m.region(), isReport);
        keyword(d, LEVEL, m.level(), isReport);
        keyword(d, KIND, m.kind(), isReport);
        if (m.fiscalYear() != null) {
            int y = m.fiscalYear();
            d.add(new IntPoint(YEAR, y));
            d.add(new NumericDocValuesField(YEAR, y));
            if (isReport) {
                d.add(new StoredField(YEAR, y));
            }
        }
        return d;
    }

    private Document reportDoc(Report r, String path, int findings) {
        Document d = base(r, TYPE_REPORT);
        d.add(new StringField(PATH, path, Field.Store.YES));
        stored(d, FILE_NAME, r.source() == null ? null : r.source().fileName());
        stored(d, MEDIA_TYPE, r.source() == null ? null : r.source().mediaType());
        if (r.source() != null) {
            d.add(new StoredField(SIZE, r.source().size()));
        }
        if (r.meta().title() != null) {
            d.add(new Field(TITLE, r.meta().title(), TEXT_WITH_OFFSETS));
        }
        Quantity score = r.meta().selfScore();
        stored(d, SELF_SCORE, score == null ? null : score.value().toPlainString());
        stored(d, GRADE, r.meta().grade());
        d.add(new StoredField(N_BLOCKS, r.blocks().size()));
        d.add(new StoredField(N_TABLES, r.tables().size()));
        d.add(new StoredField(N_FACTS, r.facts().size()));
        d.add(new StoredField(N_FINDINGS, findings));
        r.diagnostics().stream().limit(20)
                .forEach(x -> d.add(new StoredField(DIAGNOSTICS, x.code() + ": " + x.message())));
        return d;
    }

    private Document blockDoc(Report r, Block b, int ordinal) {
        Document d = base(r, TYPE_BLOCK);
        d.add(new StoredField(BLOCK_ID, b.id()));
        d.add(new StoredField(BLOCK_TYPE, b.type().name().toLowerCase(Locale.ROOT)));
        d.add(new StoredField(ORDINAL, ordinal));
        d.add(new Field(TEXT, b.text(), TEXT_WITH_OFFSETS));
        sectionPath(d, b.sectionPath());
        page(d, b.provenance());
        return d;
    }

    private void addRows(Report r, Table t, List<Document> docs) {
        List<List<String>> grid = t.grid();
        Integer[] pages = rowPages(t, grid.size());
        for (int row = 0; row < grid.size(); row++) {
            String text = String.join(" | ", grid.get(row).stream().filter(s -> !s.isBlank()).toList());
            if (!ChineseText.hasWords(text)) {
                continue;
            }
            Document d = base(r, TYPE_ROW);
            d.add(new StoredField(TABLE_ID, t.id()));
            d.add(new StoredField(ROW, row));
            d.add(new Field(TEXT, text, TEXT_WITH_OFFSETS));
            if (t.caption() != null) {
                d.add(new StoredField(CAPTION, t.caption()));
            }
            sectionPath(d, t.sectionPath());
            Integer page = pages[row];
            if (page != null) {
                d.add(new StoredField(PAGE, page));
            }
            docs.add(d);
        }
    }

    /** The page of each row: its first cell with a page, else the table's first page. */
    private static Integer[] rowPages(Table t, int rows) {
        Integer[] pages = new Integer[rows];
        for (Cell c : t.cells()) {
            if (c.row() < rows && pages[c.row()] == null && c.provenance() != null && c.provenance().page() != null) {
                pages[c.row()] = c.provenance().page();
            }
        }
        Integer first = t.pages().isEmpty() ? null : t.pages().get(0);
        for (int i = 0; i < rows; i++) {
            pages[i] = pages[i] == null ? first : pages[i];
        }
        return pages;
    }

    private Document factDoc(Report r, Fact f) {
        Document d = base(r, TYPE_FACT);
        // keywords are read back from their doc values (IndexView.fact): storing them too cost 4 % of the index
        keyword(d, MEASURE, f.measure(), false);
        keyword(d, SCOPE, f.scope(), false);
        keyword(d, PHASE, f.phase(), false);
        stored(d, SUBJECT, f.subject());
        keyword(d, PERIOD, f.period(), false);
        Quantity q = f.quantity();
        keyword(d, UNIT, unitKey(q), false);
        docValue(d, DIMENSION, q.unit().dimension().name().toLowerCase(Locale.ROOT));
        // point for ranges, sorted-numeric doc values for sorting, pivots and selective ranges
        d.add(new DoubleField(VALUE, q.normalized().doubleValue(), Field.Store.NO));
        d.add(new StoredField(VALUE_EXACT, q.normalized().stripTrailingZeros().toPlainString()));
        d.add(new StoredField(PRINTED, q.printed() != null ? q.printed() : q.value().toPlainString()));
        d.add(new StoredField(DECIMALS, q.decimals()));
        if (f.label() != null) {
            d.add(new StoredField(LABEL, f.label()));
        }
        meaning(d, f);
        provenance(d, f.provenance());
        return d;
    }

    /**
     * One document per period of the report's canonical facts, with their values as doc values
     * named by scope, phase and dimension: a pivot reads these instead of one document per fact.
     */
    private void addPeriods(Report r, List<Document> docs) {
        Map<String, Document> byPeriod = new LinkedHashMap<>();
        java.util.Set<String> keys = new java.util.HashSet<>();
        for (Fact f : r.facts()) {
            if (!f.canonical()) {
                continue;
            }
            String period = f.period() == null ? "" : f.period();
            Document d = byPeriod.computeIfAbsent(period, p -> {
                Document x = base(r, TYPE_PERIOD);
                keyword(x, PERIOD, p, true);
                return x;
            });
            String key = canonicalKey(f.scope(), f.phase());
            if (keys.add(period + "\n" + key)) {
                d.add(new StringField(CANONICAL_KEY, key, Field.Store.NO));
            }
            Quantity q = f.quantity();
            String dim = q.unit().dimension().name().toLowerCase(Locale.ROOT);
            d.add(new SortedNumericDocValuesField(canonicalField(f.scope(), f.phase(), dim),
                    Double.doubleToRawLongBits(q.normalized().doubleValue())));
        }
        docs.addAll(byPeriod.values());
    }

    /** Why the fact means what it says: id, entity, qualifiers, basis, and whether compare counts it. */
    private void meaning(Document d, Fact f) {
        stored(d, FACT_ID, f.id());
        keyword(d, ENTITY, f.entity(), false);
        f.qualifiers().forEach(q -> stored(d, QUALIFIER, q));
        if (f.canonical()) {
            keyword(d, CANONICAL, CANONICAL_YES, false);
        }
        Basis b = f.basis();
        if (b != null) {
            stored(d, BASIS_SCOPE, b.scope());
            stored(d, BASIS_PHASE, b.phase());
            stored(d, BASIS_PERIOD, b.period());
        }
    }

    private Document findingDoc(Report r, Finding f) throws JsonProcessingException {
        Document d = base(r, TYPE_FINDING);
        keyword(d, RULE, f.rule(), false);
        keyword(d, SEVERITY, severityKey(f.severity()), false);
        if (f.messageZh() != null) {
            d.add(new Field(MESSAGE_ZH, f.messageZh(), TEXT_WITH_OFFSETS));
        }
        stored(d, MESSAGE_EN, f.messageEn());
        stored(d, EXPECTED, interval(f.expected()));
        stored(d, ACTUAL, interval(f.actual()));
        if (f.difference() != null) {
            number(d, DIFFERENCE, f.difference());
        }
        if (f.unit() != null) {
            keyword(d, UNIT, f.unit().symbol().isEmpty() ? "none" : f.unit().symbol(), false);
        }
        d.add(new StoredField(EVIDENCE, json.writeValueAsString(f.evidence())));
        f.evidence().stream().map(e -> e.provenance()).filter(p -> p != null && p.page() != null).findFirst()
                .ifPresent(p -> d.add(new StoredField(PAGE, p.page())));
        return d;
    }

    /** The keyword stored for a unit: its symbol, or "none". */
    public static String unitKey(Quantity q) {
        return q.unit().symbol().isEmpty() ? "none" : q.unit().symbol();
    }

    /** The keyword stored for a severity: error, warning, info, not-evaluated. */
    public static String severityKey(Severity s) {
        return s.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String interval(Interval i) {
        return i == null ? null : i.lo().toPlainString() + ".." + i.hi().toPlainString();
    }

    private static void keyword(Document d, String name, String value, boolean store) {
        if (value == null || value.isBlank()) {
            return;
        }
        d.add(new StringField(name, value, store ? Field.Store.YES : Field.Store.NO));
        // doc values serve sorting, pivots and facet counts (StringValueFacetCounts) alike
        d.add(new SortedDocValuesField(name, new BytesRef(value)));
    }

    /** Doc values only: grouped and counted, never searched. */
    private static void docValue(Document d, String name, String value) {
        if (value != null && !value.isBlank()) {
            d.add(new SortedDocValuesField(name, new BytesRef(value)));
        }
    }

    private static void number(Document d, String name, BigDecimal v) {
        double x = v.doubleValue();
        d.add(new DoublePoint(name, x));
        d.add(new DoubleDocValuesField(name, x));
    }

    private static void stored(Document d, String name, String value) {
        if (value != null && !value.isBlank()) {
            d.add(new StoredField(name, value));
        }
    }

    private static void sectionPath(Document d, List<String> path) {
        if (!path.isEmpty()) {
            d.add(new StoredField(SECTION_PATH, String.join(PATH_SEPARATOR, path)));
        }
    }

    private static void page(Document d, Provenance p) {
        if (p != null && p.page() != null) {
            d.add(new StoredField(PAGE, p.page()));
        }
    }

    private static void provenance(Document d, Provenance p) {
        if (p == null) {
            return;
        }
        page(d, p);
        stored(d, BLOCK_ID, p.blockId());
        stored(d, TABLE_ID, p.tableId());
        if (p.row() != null) {
            d.add(new StoredField(ROW, p.row()));
        }
        if (p.col() != null) {
            d.add(new StoredField(COL, p.col()));
        }
        if (p.charStart() != null && p.charEnd() != null) {
            d.add(new StoredField(CHAR_START, p.charStart()));
            d.add(new StoredField(CHAR_END, p.charEnd()));
        }
        stored(d, EXTRACTOR, p.extractor());
    }
}
