package org.jixiao.solr.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoubleField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedNumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.junit.jupiter.api.Test;

import org.jixiao.index.IndexFields;
import org.jixiao.index.analysis.ChineseAnalyzer;
import org.jixiao.index.analysis.DomainDictionary;
import org.jixiao.solr.SolrSchema;

class DocumentConverterTest {
    private final DocumentConverter converter =
            new DocumentConverter(ChineseAnalyzer.forIndex(DomainDictionary.standard()));

    private static Document fact() {
        Document d = new Document();
        d.add(new StringField(IndexFields.TYPE, IndexFields.TYPE_FACT, Field.Store.NO));
        d.add(new SortedDocValuesField(IndexFields.TYPE, new BytesRef(IndexFields.TYPE_FACT)));
        d.add(new StringField(IndexFields.REPORT_ID, "r1", Field.Store.YES));
        d.add(new IntPoint(IndexFields.YEAR, 2024));
        d.add(new NumericDocValuesField(IndexFields.YEAR, 2024));
        d.add(new DoubleField(IndexFields.VALUE, -0.8656, Field.Store.NO));
        d.add(new SortedDocValuesField(IndexFields.DIMENSION, new BytesRef("ratio")));
        d.add(new StoredField(IndexFields.QUALIFIER, "财政拨款"));
        d.add(new StoredField(IndexFields.QUALIFIER, "不含专项"));
        d.add(new StoredField(IndexFields.PAGE, 3));
        d.add(new NumericDocValuesField(IndexFields.HIDDEN, 0));
        return d;
    }

    @Test
    void eachFieldKeepsItsValueOnce() {
        SolrInputDocument s = converter.toSolr("r1/0", fact());
        assertEquals("r1/0", s.getFieldValue("id"));
        assertEquals(IndexFields.TYPE_FACT, s.getFieldValue(IndexFields.TYPE));
        assertEquals(1, s.getFieldValues(IndexFields.TYPE).size(), "the doc values copy is not a second value");
        assertEquals(2024, s.getFieldValue(IndexFields.YEAR));
        assertEquals(-0.8656, (Double) s.getFieldValue(IndexFields.VALUE), 0.0, "the double, not its sortable bits");
        assertEquals("ratio", s.getFieldValue(IndexFields.DIMENSION));
        assertEquals(java.util.List.of("财政拨款", "不含专项"), s.getFieldValues(IndexFields.QUALIFIER));
        assertEquals(3L, s.getFieldValue(IndexFields.PAGE));
        assertEquals(0, s.getFieldValue(IndexFields.HIDDEN));
    }

    @Test
    void textCarriesTheAnalyzersTokensWithOffsets() throws Exception {
        Document d = new Document();
        d.add(new TextField(IndexFields.TEXT, "三公经费预算执行率为86.56%", Field.Store.YES));
        String json = (String) converter.toSolr("x/1", d).getFieldValue(IndexFields.TEXT);
        JsonNode n = new ObjectMapper().readTree(json);
        assertEquals("三公经费预算执行率为86.56%", n.get("str").asText());
        boolean sangong = false;
        for (JsonNode t : n.get("tokens")) {
            String term = t.get("t").asText();
            int s = t.get("s").asInt();
            int e = t.get("e").asInt();
            assertTrue(s >= 0 && e <= n.get("str").asText().length() && s < e, t.toString());
            sangong |= term.equals("三公经费") && s == 0 && e == 4;
        }
        assertTrue(sangong, "the dictionary term with its offsets: " + json);
    }

    @Test
    void aFieldTheSchemaDoesNotKnowIsAnError() {
        Document d = new Document();
        d.add(new StoredField("not_a_field", "x"));
        assertThrows(IllegalStateException.class, () -> converter.toSolr("x/0", d));
    }

    @Test
    void periodDocumentsCarryEveryValueOfTheirCanonicalFactsUnderAParsableName() {
        Document d = new Document();
        d.add(new StringField(IndexFields.TYPE, IndexFields.TYPE_PERIOD, Field.Store.NO));
        d.add(new StringField(IndexFields.CANONICAL_KEY, IndexFields.canonicalKey("total", "rate"), Field.Store.NO));
        String field = IndexFields.canonicalField("total", "rate", "ratio");
        // two facts of one value and a third: a cell counts three facts, two values
        for (double v : new double[] {0.9512, 0.9512, 0.95}) {
            d.add(new SortedNumericDocValuesField(field, Double.doubleToRawLongBits(v)));
        }
        SolrInputDocument s = converter.toSolr("r1/7", d);
        assertEquals("cf_total_x007crate_x007cratio", SolrSchema.solrName(field));
        assertEquals(java.util.List.of(0.9512, 0.9512, 0.95), s.getFieldValues(SolrSchema.solrName(field)));
        assertEquals("total|rate", s.getFieldValue(IndexFields.CANONICAL_KEY));
        assertTrue(SolrSchema.schemaXml().contains("<dynamicField name=\"cf_*\" type=\"pdouble\""));
    }

    @Test
    void resultsBecomeStoredFieldsWithNumbersAsNumbers() {
        SolrDocument s = new SolrDocument();
        s.setField(IndexFields.REPORT_ID, "r1");
        s.setField(IndexFields.YEAR, 2024);
        s.setField(IndexFields.PAGE, 3L);
        Document d = DocumentConverter.toLucene(s);
        assertEquals("r1", d.get(IndexFields.REPORT_ID));
        assertEquals(2024, d.getField(IndexFields.YEAR).numericValue().intValue());
        assertEquals(3, d.getField(IndexFields.PAGE).numericValue().intValue());
    }
}
