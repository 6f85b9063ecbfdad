package org.jixiao.solr;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.document.Document;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.CursorMarkParams;

import org.jixiao.index.IndexFields;
import org.jixiao.index.IndexMirror;
import org.jixiao.index.analysis.ChineseAnalyzer;
import org.jixiao.index.analysis.DomainDictionary;
import org.jixiao.model.Validate;
import org.jixiao.solr.internal.DocumentConverter;
import org.jixiao.solr.internal.QueryWriter;
import org.jixiao.solr.internal.SolrCalls;

/**
 * Writes into a Solr collection what {@link org.jixiao.index.ReportIndexer} writes into the local
 * index: a report's documents (ids {@code reportIdPrefix/n}) replace the ones it had, hidden flags are
 * updated in place, commits follow the local commits. Report-period documents, which only serve
 * the Lucene pivot, are left out. Solr cannot roll back in SolrCloud: what a failed local run sent
 * stays, uncommitted, until the next commit, and the next run sends those reports again.
 */
public final class SolrMirror implements IndexMirror {
    /** Documents sent per update request. */
    static final int BATCH = 500;
    /** Hex digits of the report id in a document id: 64 bits, a collision within 1M reports has odds of 1 in 10^7. */
    static final int ID_PREFIX = 16;
    private final SolrClient client;
    private final String collection;
    private final DocumentConverter converter;
    private final boolean overwrite;
    /** Documents sent per report since the mirror opened (not yet searchable before a commit). */
    private final Map<String, Integer> sent = new ConcurrentHashMap<>();

    /**
     * @param overwrite false when the collection held none of this mirror's reports when it opened
     *                  (a collection it created): added documents are then appended without Solr
     *                  looking for older ones of the same id (a delete by term per document)
     */
    public SolrMirror(SolrClient client, String collection, DocumentConverter converter, boolean overwrite) {
        this.client = Validate.notNullParam(client, "client");
        this.collection = Validate.notNullParam(collection, "collection");
        this.converter = Validate.notNullParam(converter, "converter");
        this.overwrite = overwrite;
    }

    /** A mirror whose text carries the tokens of jixiao's standard index analyzer. */
    public static SolrMirror standard(SolrClient client, String collection) {
        return new SolrMirror(client, collection,
                new DocumentConverter(ChineseAnalyzer.forIndex(DomainDictionary.standard())), true);
    }

    /** {@link #standard} for a collection that was empty when the mirror opened: no overwriting of new reports. */
    public static SolrMirror intoEmpty(SolrClient client, String collection) {
        return new SolrMirror(client, collection,
                new DocumentConverter(ChineseAnalyzer.forIndex(DomainDictionary.standard())), false);
    }

    /** The id of a report's n-th document: the report id's first {@link #ID_PREFIX} hex digits and n. */
    static String docId(String reportId, int n) {
        return (reportId.length() > ID_PREFIX ? reportId.substring(0, ID_PREFIX) : reportId) + "/" + n;
    }

    @Override
    public void replace(String reportId, List<Document> docs) throws IOException {
        // a report's new documents may be fewer than its old ones: delete them all first
        delete(reportId);
        add(reportId, docs);
    }

    /**
     * {@inheritDoc} The documents overwrite any of the same id (a delete by query per report made
     * indexing 20 times slower: each one reopens the shards' real-time searchers), unless the
     * collection was empty when the mirror opened: then nothing is overwritten, which spares Solr
     * a lookup of every id in every segment.
     */
    @Override
    public void add(String reportId, List<Document> docs) throws IOException {
        List<SolrInputDocument> out = new ArrayList<>();
        int n = 0;
        for (Document d : docs) {
            out.add(converter.toSolr(docId(reportId, n++), d));
        }
        for (int i = 0; i < out.size(); i += BATCH) {
            List<SolrInputDocument> part = out.subList(i, Math.min(out.size(), i + BATCH));
            UpdateRequest req = new UpdateRequest();
            for (SolrInputDocument doc : part) {
                req.add(doc, overwrite);
            }
            run(() -> req.process(client, collection));
        }
        sent.put(reportId, out.size());
    }

    @Override
    public void hidden(String reportId, boolean hidden) throws IOException {
        List<SolrInputDocument> updates = new ArrayList<>();
        for (String id : ids(reportId)) {
            SolrInputDocument u = new SolrInputDocument();
            u.setField(SolrSchema.ID, id);
            // an in-place update: the flag is a doc-values-only field
            u.setField(IndexFields.HIDDEN, Map.of("set", hidden ? 1 : 0));
            updates.add(u);
        }
        for (int i = 0; i < updates.size(); i += BATCH) {
            List<SolrInputDocument> part = updates.subList(i, Math.min(updates.size(), i + BATCH));
            run(() -> client.add(collection, part));
        }
    }

    /** The ids of a report's documents: known when sent by this mirror, else asked of the collection. */
    private List<String> ids(String reportId) throws IOException {
        Integer n = sent.get(reportId);
        List<String> ids = new ArrayList<>();
        if (n != null) {
            for (int i = 0; i < n; i++) {
                ids.add(docId(reportId, i));
            }
            return ids;
        }
        SolrQuery q = new SolrQuery("*:*").addFilterQuery(QueryWriter.keyword(IndexFields.REPORT_ID, reportId))
                .setFields(SolrSchema.ID).setRows(1000).setSort(SolrSchema.ID, SolrQuery.ORDER.asc);
        String cursor = CursorMarkParams.CURSOR_MARK_START;
        while (true) {
            q.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
            var rsp = SolrCalls.call(() -> client.query(collection, q, SolrRequest.METHOD.POST));
            for (SolrDocument d : rsp.getResults()) {
                ids.add((String) d.getFirstValue(SolrSchema.ID));
            }
            if (cursor.equals(rsp.getNextCursorMark())) {
                return ids;
            }
            cursor = rsp.getNextCursorMark();
        }
    }

    @Override
    public void delete(String reportId) throws IOException {
        run(() -> client.deleteByQuery(collection, QueryWriter.keyword(IndexFields.REPORT_ID, reportId)));
        sent.remove(reportId);
    }

    @Override
    public void commit() throws IOException {
        run(() -> client.commit(collection));
    }

    private static void run(SolrCalls.Call<?> call) throws IOException {
        SolrCalls.call(call);
    }
}
