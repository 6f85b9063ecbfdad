package org.jixiao.solr.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoubleDocValuesField;
import org.apache.lucene.document.DoubleField;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.NumericUtils;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;

import org.jixiao.model.Validate;
import org.jixiao.solr.SolrSchema;

/**
 * Lucene documents (as the index module's DocumentBuilder makes them) to Solr input documents,
 * field by field after the schema's kinds, and Solr results back to documents of stored fields
 * that the index module's row readers (FactRow, FindingRow, ReportInfo) read as they read Lucene's.
 */
public final class DocumentConverter {
    private final Analyzer analyzer;
    private final ObjectMapper json = new ObjectMapper();

    /** @param analyzer the index-time analyzer whose tokens the text fields carry */
    public DocumentConverter(Analyzer analyzer) {
        this.analyzer = Validate.notNullParam(analyzer, "analyzer");
    }

    /**
     * The Solr document of a Lucene document.
     *
     * @throws IllegalStateException when the document has a field the schema does not know (a field
     *                               added to IndexFields without a Solr kind)
     */
    public SolrInputDocument toSolr(String id, Document d) {
        Map<String, List<IndexableField>> byName = new LinkedHashMap<>();
        for (IndexableField f : d.getFields()) {
            byName.computeIfAbsent(f.name(), k -> new ArrayList<>()).add(f);
        }
        SolrInputDocument out = new SolrInputDocument();
        out.setField(SolrSchema.ID, id);
        byName.forEach((name, fields) -> {
            SolrSchema.Kind kind = SolrSchema.kind(name);
            if (kind == null) {
                throw new IllegalStateException("field '" + name + "' has no Solr kind in SolrSchema");
            }
            String solrName = SolrSchema.solrName(name);
            for (Object v : values(name, kind, fields)) {
                out.addField(solrName, v);
            }
        });
        return out;
    }

    private List<Object> values(String name, SolrSchema.Kind kind, List<IndexableField> fields) {
        List<Object> out = new ArrayList<>();
        switch (kind) {
            case KEYWORD, TERMS, STORED, STORED_MULTI -> fields.stream().filter(f -> f.stringValue() != null)
                    .forEach(f -> out.add(f.stringValue()));
            case TEXT -> fields.stream().filter(f -> f.stringValue() != null)
                    .forEach(f -> out.add(preAnalyzed(name, f.stringValue())));
            case DOC_VALUES -> fields.stream().filter(f -> f.binaryValue() != null).limit(1)
                    .forEach(f -> out.add(f.binaryValue().utf8ToString()));
            case INT, FLAG -> fields.stream().filter(f -> f.numericValue() != null).limit(1)
                    .forEach(f -> out.add(f.numericValue().intValue()));
            case STORED_LONG -> fields.stream().filter(f -> f.numericValue() != null).limit(1)
                    .forEach(f -> out.add(f.numericValue().longValue()));
            // a DoublePoint gives its double, a DoubleField its sortable long; doc values fields give raw bits
            case DOUBLE -> fields.stream()
                    .filter(f -> (f instanceof DoublePoint || f instanceof DoubleField) && f.numericValue() != null)
                    .limit(1).forEach(f -> out.add(f instanceof DoubleField
                            ? NumericUtils.sortableLongToDouble(f.numericValue().longValue())
                            : f.numericValue().doubleValue()));
            case BINARY -> fields.stream().filter(f -> f.binaryValue() != null).limit(1)
                    .forEach(f -> out.add(BytesRef.deepCopyOf(f.binaryValue()).bytes));
            // every value, duplicates too: a cell counts one fact per value, as Lucene's pivot does
            case CANONICAL_VALUES -> fields.stream().filter(f -> f.numericValue() != null)
                    .forEach(f -> out.add(Double.longBitsToDouble(f.numericValue().longValue())));
        }
        if (out.isEmpty() && kind == SolrSchema.Kind.DOUBLE
                && fields.stream().anyMatch(f -> f instanceof DoubleDocValuesField)) {
            throw new IllegalStateException("field '" + name + "' has doc values but no point to read its value from");
        }
        return out;
    }

    /** The PreAnalyzedField JSON of a text: the stored string and the analyzer's tokens with offsets. */
    String preAnalyzed(String field, String text) {
        ObjectNode root = json.createObjectNode();
        root.put("v", "1");
        root.put("str", text);
        ArrayNode tokens = root.putArray("tokens");
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                ObjectNode t = tokens.addObject();
                t.put("t", term.toString());
                t.put("s", offset.startOffset());
                t.put("e", offset.endOffset());
                t.put("i", inc.getPositionIncrement());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot analyze the text of field " + field, e);
        }
        return root.toString();
    }

    /**
     * A Solr result as a Lucene document of stored fields, numbers as numbers, so that the index
     * module's readers take it as they take a stored Lucene document.
     */
    public static Document toLucene(SolrDocument s) {
        Document d = new Document();
        for (String name : s.getFieldNames()) {
            for (Object v : s.getFieldValues(name)) {
                if (v instanceof Integer i) {
                    d.add(new StoredField(name, i));
                } else if (v instanceof Long l) {
                    d.add(new StoredField(name, l));
                } else if (v instanceof Double x) {
                    d.add(new StoredField(name, x));
                } else if (v instanceof Float x) {
                    d.add(new StoredField(name, x));
                } else if (v instanceof byte[] b) {
                    d.add(new StoredField(name, b));
                } else if (v instanceof java.nio.ByteBuffer b) {
                    byte[] copy = new byte[b.remaining()];
                    b.duplicate().get(copy);
                    d.add(new StoredField(name, copy));
                } else if (v != null) {
                    d.add(new StoredField(name, v.toString()));
                }
            }
        }
        return d;
    }
}
