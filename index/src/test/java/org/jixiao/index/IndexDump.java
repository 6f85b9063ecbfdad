package org.jixiao.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.Bits;

/** The committed index as sorted text, one line per live document, for comparing two indexes. */
final class IndexDump {
    private IndexDump() {
    }

    static List<String> of(Directory dir) throws IOException {
        List<String> out = new ArrayList<>();
        try (DirectoryReader r = DirectoryReader.open(dir)) {
            Bits live = MultiBits.getLiveDocs(r);
            for (int i = 0; i < r.maxDoc(); i++) {
                if (live != null && !live.get(i)) {
                    continue;
                }
                Document d = r.storedFields().document(i);
                TreeMap<String, List<String>> fields = new TreeMap<>();
                for (IndexableField f : d.getFields()) {
                    fields.computeIfAbsent(f.name(), k -> new ArrayList<>())
                            .add(f.stringValue() != null ? f.stringValue() : String.valueOf(f.numericValue()));
                }
                out.add(fields.toString());
            }
        }
        out.sort(null);
        return out;
    }
}
