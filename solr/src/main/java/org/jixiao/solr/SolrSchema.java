package org.jixiao.solr;

import static org.jixiao.index.IndexFields.*;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.jixiao.index.IndexFields;

/**
 * The collection's schema, generated from {@link IndexFields} (the one owner of field names): each
 * field gets the Solr type that indexes it the way the Lucene documents do. Text is a
 * {@code PreAnalyzedField}: the documents carry the tokens of jixiao's own Chinese analyzer
 * (HanLP with extract's vocabulary), so Solr indexes exactly the terms, positions and offsets
 * Lucene does without loading jixiao's analyzer into the server; queries are analyzed by the
 * client the same way and reach Solr as whitespace-separated terms.
 */
public final class SolrSchema {
    /** Solr's unique key: the report id's first 16 hex digits, "/" and the document's place among its report's documents. */
    public static final String ID = "id";
    /** Solr's optimistic-concurrency field, required by SolrCloud. */
    public static final String VERSION = "_version_";
    /**
     * The configset name for this schema version and the Solr schema's own revision (2: report-period
     * documents mirrored): a collection of an older schema is never reused silently.
     */
    public static final String CONFIG_NAME = "jixiao-schema-" + SCHEMA_VERSION + "-s2";
    /** The start of the Solr names of the report-period documents' value fields ({@link #solrName}). */
    public static final String CANONICAL_VALUES_PREFIX = "cf_";

    /** How a field is indexed. */
    public enum Kind {
        /** Exact term, doc values (filters, facets, sorting, pivots), returned from doc values. */
        KEYWORD,
        /** Exact terms, several values, only filtered on (the scopes and phases a report-period document has). */
        TERMS,
        /** Stored only (display, provenance). */
        STORED,
        /** Stored only, several values. */
        STORED_MULTI,
        /** An int with points and doc values (year). */
        INT,
        /** A stored long (counts, sizes, positions). */
        STORED_LONG,
        /** A double with points and doc values (values, differences). */
        DOUBLE,
        /** Chinese text, pre-analyzed by the client, stored with offsets. */
        TEXT,
        /** Stored bytes. */
        BINARY,
        /** A keyword with doc values only: grouped and counted, never searched. */
        DOC_VALUES,
        /** An int with doc values only, updated in place (the hidden flag). */
        FLAG,
        /**
         * The doubles of a report-period document's canonical facts of one scope, phase and dimension
         * ({@link IndexFields#canonicalField}): doc values only, several values, a dynamic field.
         */
        CANONICAL_VALUES
    }

    private static final Map<String, Kind> FIELDS = fields();
    /** Field names of IndexFields that no mirrored document carries, and why. */
    private static final Map<String, String> NOT_MIRRORED = Map.of(UNIT_LINE, "no document carries it");

    private SolrSchema() {
    }

    private static Map<String, Kind> fields() {
        Map<String, Kind> m = new LinkedHashMap<>();
        for (String f : new String[] {TYPE, REPORT_ID, PATH, DEPARTMENT, REGION, LEVEL, KIND, MEASURE, SCOPE, PHASE,
            PERIOD, UNIT, ENTITY, CANONICAL, RULE, SEVERITY}) {
            m.put(f, Kind.KEYWORD);
        }
        for (String f : new String[] {FILE_NAME, MEDIA_TYPE, SELF_SCORE, GRADE, BLOCK_ID, BLOCK_TYPE, SECTION_PATH,
            TABLE_ID, CAPTION, SUBJECT, VALUE_EXACT, PRINTED, LABEL, EXTRACTOR, FACT_ID, BASIS_SCOPE, BASIS_PHASE,
            BASIS_PERIOD, MESSAGE_EN, EXPECTED, ACTUAL, EVIDENCE, FAMILY}) {
            m.put(f, Kind.STORED);
        }
        m.put(CANONICAL_KEY, Kind.TERMS);
        m.put(DIAGNOSTICS, Kind.STORED_MULTI);
        m.put(QUALIFIER, Kind.STORED_MULTI);
        m.put(YEAR, Kind.INT);
        for (String f : new String[] {SIZE, N_BLOCKS, N_TABLES, N_FACTS, N_FINDINGS, ORDINAL, PAGE, ROW, COL, DECIMALS,
            CHAR_START, CHAR_END, FIGURES, INDEX_SEQ}) {
            m.put(f, Kind.STORED_LONG);
        }
        m.put(VALUE, Kind.DOUBLE);
        m.put(DIFFERENCE, Kind.DOUBLE);
        for (String f : SEARCH_FIELDS) {
            m.put(f, Kind.TEXT);
        }
        m.put(FIGURE_SKETCH, Kind.BINARY);
        m.put(DIMENSION, Kind.DOC_VALUES);
        m.put(HIDDEN, Kind.FLAG);
        return Collections.unmodifiableMap(m);
    }

    /** Every mirrored field and how it is indexed, in schema order. */
    public static Map<String, Kind> fieldKinds() {
        return FIELDS;
    }

    /** The kind of a field, or null when Solr documents do not carry it. */
    public static Kind kind(String field) {
        return field.startsWith(CANONICAL_FIELDS) ? Kind.CANONICAL_VALUES : FIELDS.get(field);
    }

    /**
     * The Solr name of a field: the same name, but for the report-period value fields, whose names
     * ({@code cf|scope|phase|dimension}) become {@code cf_} and the rest with every character other
     * than an ASCII letter or digit written {@code _xHHHH}, which function queries can parse.
     */
    public static String solrName(String field) {
        if (!field.startsWith(CANONICAL_FIELDS)) {
            return field;
        }
        StringBuilder sb = new StringBuilder(CANONICAL_VALUES_PREFIX);
        for (char c : field.substring(CANONICAL_FIELDS.length()).toCharArray()) {
            if (c < 128 && Character.isLetterOrDigit(c)) {
                sb.append(c);
            } else {
                sb.append(String.format(java.util.Locale.ROOT, "_x%04x", (int) c));
            }
        }
        return sb.toString();
    }

    /** The IndexFields names left out of the schema, with the reason. */
    public static Map<String, String> notMirrored() {
        return NOT_MIRRORED;
    }

    /** The schema.xml text. */
    public static String schemaXml() {
        StringBuilder sb = new StringBuilder();
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<!-- generated by org.jixiao.solr.SolrSchema from IndexFields (schema ")
                .append(SCHEMA_VERSION).append("); do not edit -->\n")
                .append("<schema name=\"jixiao\" version=\"1.6\">\n")
                .append(TYPES)
                .append("  <field name=\"").append(ID).append("\" type=\"string\" indexed=\"true\" stored=\"true\"/>\n")
                .append("  <field name=\"").append(VERSION).append("\" type=\"plong\" indexed=\"false\" stored=\"false\""
                        + " docValues=\"true\"/>\n");
        FIELDS.forEach((name, kind) -> sb.append("  ").append(field(name, kind)).append('\n'));
        sb.append("  <dynamicField name=\"").append(CANONICAL_VALUES_PREFIX).append("*\" ")
                .append(attributes(Kind.CANONICAL_VALUES)).append("/>\n");
        sb.append("  <uniqueKey>").append(ID).append("</uniqueKey>\n</schema>\n");
        return sb.toString();
    }

    private static final String TYPES = """
              <fieldType name="string" class="solr.StrField" sortMissingFirst="true"/>
              <fieldType name="pint" class="solr.IntPointField" sortMissingFirst="true"/>
              <fieldType name="plong" class="solr.LongPointField" sortMissingFirst="true"/>
              <fieldType name="pdouble" class="solr.DoublePointField" sortMissingFirst="true"/>
              <fieldType name="binary" class="solr.BinaryField"/>
              <!-- tokens, offsets and positions come with each document (jixiao's HanLP analyzer, run by the
                   client); the query side receives terms the client analyzed the same way, space-separated -->
              <fieldType name="zh_preanalyzed" class="solr.PreAnalyzedField" parserImpl="json">
                <analyzer type="query"><tokenizer class="solr.WhitespaceTokenizerFactory"/></analyzer>
              </fieldType>
            """;

    private static String field(String name, Kind kind) {
        return "<field name=\"" + name + "\" " + attributes(kind) + "/>";
    }

    private static String attributes(Kind kind) {
        return switch (kind) {
            case KEYWORD -> "type=\"string\" indexed=\"true\" stored=\"false\" docValues=\"true\" useDocValuesAsStored=\"true\"";
            case TERMS -> "type=\"string\" indexed=\"true\" stored=\"false\" docValues=\"false\" multiValued=\"true\"";
            case STORED -> "type=\"string\" indexed=\"false\" stored=\"true\" docValues=\"false\"";
            case STORED_MULTI -> "type=\"string\" indexed=\"false\" stored=\"true\" docValues=\"false\" multiValued=\"true\"";
            case INT -> "type=\"pint\" indexed=\"true\" stored=\"false\" docValues=\"true\" useDocValuesAsStored=\"true\"";
            case STORED_LONG -> "type=\"plong\" indexed=\"false\" stored=\"true\" docValues=\"false\"";
            case DOUBLE -> "type=\"pdouble\" indexed=\"true\" stored=\"false\" docValues=\"true\" useDocValuesAsStored=\"false\"";
            case TEXT -> "type=\"zh_preanalyzed\" indexed=\"true\" stored=\"true\" storeOffsetsWithPositions=\"true\"";
            case BINARY -> "type=\"binary\" indexed=\"false\" stored=\"true\"";
            case DOC_VALUES -> "type=\"string\" indexed=\"false\" stored=\"false\" docValues=\"true\" useDocValuesAsStored=\"false\"";
            case FLAG -> "type=\"pint\" indexed=\"false\" stored=\"false\" docValues=\"true\" useDocValuesAsStored=\"false\"";
            case CANONICAL_VALUES -> "type=\"pdouble\" indexed=\"false\" stored=\"false\" docValues=\"true\""
                    + " multiValued=\"true\" useDocValuesAsStored=\"false\"";
        };
    }

    /** Writes the configset (solrconfig.xml and the generated schema.xml) into {@code dir}. */
    public static Path writeConfigSet(Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.write(dir.resolve("solrconfig.xml"), solrConfig());
        Files.writeString(dir.resolve("schema.xml"), schemaXml(), StandardCharsets.UTF_8);
        return dir;
    }

    /** The configset as a zip, for the configset upload API. */
    public static byte[] configSetZip() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("solrconfig.xml"));
            zip.write(solrConfig());
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("schema.xml"));
            zip.write(schemaXml().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static byte[] solrConfig() throws IOException {
        try (InputStream in = SolrSchema.class.getResourceAsStream("solrconfig.xml")) {
            if (in == null) {
                throw new IOException("solrconfig.xml is missing from the jixiao-solr jar");
            }
            return in.readAllBytes();
        }
    }
}
