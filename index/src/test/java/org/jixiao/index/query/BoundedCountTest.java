package org.jixiao.index.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoubleField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

class BoundedCountTest {
    @Test
    void countsExactlyUpToTheBoundAndSaysWhenItStopped() throws Exception {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
             IndexWriter w = new IndexWriter(dir, new IndexWriterConfig())) {
            for (int i = 0; i < 300; i++) {
                Document d = new Document();
                d.add(new StringField("scope", i % 3 == 0 ? "total" : "basic", Field.Store.NO));
                d.add(new DoubleField("value", i, Field.Store.NO));
                w.addDocument(d);
                if (i % 70 == 69) {
                    w.commit(); // several segments
                }
            }
            w.commit();
            try (DirectoryReader r = DirectoryReader.open(dir)) {
                IndexSearcher s = new IndexSearcher(r);
                // a term and a value range: counted match by match
                Query q = new BooleanQuery.Builder()
                        .add(new TermQuery(new Term("scope", "total")), BooleanClause.Occur.FILTER)
                        .add(DoubleField.newRangeQuery("value", 30, 299), BooleanClause.Occur.FILTER).build();
                int exact = s.count(q);
                assertEquals(90, exact);
                BoundedCount.Count all = BoundedCount.of(s, q, 1_000);
                assertEquals(exact, all.value());
                assertTrue(all.exact());
                BoundedCount.Count some = BoundedCount.of(s, q, 40);
                assertFalse(some.exact());
                assertTrue(some.value() >= 40 && some.value() <= exact, "a lower bound: " + some.value());
                BoundedCount.Count known = BoundedCount.of(s, new TermQuery(new Term("scope", "basic")), 1_000);
                assertEquals(200, known.value());
                assertTrue(known.exact());
            }
        }
    }
}
