package org.jixiao.index.query;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;

/** Reading stored numeric fields that may be absent. */
final class Stored {
    private Stored() {
    }

    static Integer intOrNull(Document d, String field) {
        IndexableField f = d.getField(field);
        return f == null || f.numericValue() == null ? null : f.numericValue().intValue();
    }

    static int intOr0(Document d, String field) {
        Integer v = intOrNull(d, field);
        return v == null ? 0 : v;
    }
}
