package org.jixiao.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.codecs.lucene912.Lucene912Codec;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

import org.jixiao.index.analysis.ChineseAnalyzer;
import org.jixiao.index.analysis.DomainDictionary;
import org.jixiao.model.Diagnostic;
import org.jixiao.model.DiagnosticCode;
import org.jixiao.model.Finding;
import org.jixiao.model.Report;
import org.jixiao.model.Validate;

/**
 * Writes reports into the index, incrementally and idempotently. A report's documents are added
 * as one block, so they appear or disappear together. Which report ids and paths are committed is
 * read once at open; {@link #commit} records progress in the commit user data. A process killed
 * before a commit loses only the uncommitted reports, and the next run adds them again because
 * they are not in the committed index.
 */
public final class ReportIndexer implements AutoCloseable {
    /** Commit user data keys. */
    public static final String DATA_SCHEMA = "jixiao.schema";
    public static final String DATA_REPORTS = "jixiao.reports";
    public static final String DATA_PROGRESS = "jixiao.progress";

    private final Directory directory;
    private final IndexWriter writer;
    private final DocumentBuilder builder;
    private final Map<String, String> idByPath = new HashMap<>();
    /** The path each indexed report's documents name (one copy of the content per bytes). */
    private final Map<String, String> pathById = new HashMap<>();
    /** The department each indexed report names, by report id (reports without one are left out). */
    private final Map<String, String> departmentById = new HashMap<>();
    private int uncommitted;
    private final Renditions renditions = new Renditions();
    private final Map<String, String> familyById = new HashMap<>();
    /** Whether each family member's documents are shown now, so only changes are written. */
    private final Map<String, Boolean> shownById = new HashMap<>();
    private long indexSeq;
    private final IndexMirror mirror;

    /**
     * Opens (or creates) the index in {@code dir} with the standard analyzer and dictionary.
     *
     * @throws IllegalArgumentException when the index there was written with another schema version
     */
    public static ReportIndexer open(Path dir) throws IOException {
        return open(dir, IndexMirror.NONE);
    }

    /** {@link #open(Path)}, repeating every change to {@code mirror}. */
    public static ReportIndexer open(Path dir, IndexMirror mirror) throws IOException {
        Validate.notNullParam(dir, "dir");
        Directory d = FSDirectory.open(dir);
        try {
            checkSchema(d, dir);
            return new ReportIndexer(d, ChineseAnalyzer.forIndex(DomainDictionary.standard()), mirror);
        } catch (IOException | RuntimeException e) {
            d.close();
            throw e;
        }
    }

    /** {@link #checkSchema(Directory, Path)} for a folder; nothing to check when there is no index. */
    public static void checkSchema(Path dir) throws IOException {
        Validate.notNullParam(dir, "dir");
        try (Directory d = FSDirectory.open(dir)) {
            checkSchema(d, dir);
        }
    }

    /**
     * Fails with a clear message when {@code d} holds an index of another schema version: its
     * fields would clash with the ones written now. The index is derived data: delete and re-index.
     */
    public static void checkSchema(Directory d, Path dir) throws IOException {
        String schema = committedData(d).get(DATA_SCHEMA);
        if (DirectoryReader.indexExists(d) && !IndexFields.SCHEMA_VERSION.equals(schema)) {
            throw new IllegalArgumentException("the index at " + dir + " was written by another version of jixiao "
                    + "(schema " + schema + ", this one writes " + IndexFields.SCHEMA_VERSION
                    + "); delete the folder and index the reports again");
        }
    }

    /**
     * Fails with a clear message when {@code d} holds an index this version cannot read (see
     * {@link IndexFields#READABLE_SCHEMAS}); writing to it needs {@link #checkSchema}.
     */
    public static void checkReadable(Directory d, Path dir) throws IOException {
        String schema = committedData(d).get(DATA_SCHEMA);
        if (DirectoryReader.indexExists(d) && !IndexFields.READABLE_SCHEMAS.contains(schema)) {
            throw new IllegalArgumentException("the index at " + dir + " was written by another version of jixiao "
                    + "(schema " + schema + ", this one writes " + IndexFields.SCHEMA_VERSION
                    + "); delete the folder and index the reports again");
        }
    }

    public ReportIndexer(Directory directory, Analyzer indexAnalyzer) throws IOException {
        this(directory, indexAnalyzer, IndexMirror.NONE);
    }

    public ReportIndexer(Directory directory, Analyzer indexAnalyzer, IndexMirror mirror) throws IOException {
        this.directory = Validate.notNullParam(directory, "directory");
        this.mirror = Validate.notNullParam(mirror, "mirror");
        Validate.notNullParam(indexAnalyzer, "indexAnalyzer");
        ObjectMapper json = JsonMapper.builder().build();
        this.builder = new DocumentBuilder(json);
        IndexWriterConfig cfg = new IndexWriterConfig(indexAnalyzer)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(128)
                // stored text is most of the index; DEFLATE keeps it in about two thirds of LZ4's bytes
                .setCodec(new Lucene912Codec(Lucene912Codec.Mode.BEST_COMPRESSION))
                .setCommitOnClose(false);
        this.writer = new IndexWriter(directory, cfg);
        loadCommitted();
    }

    private void loadCommitted() throws IOException {
        if (!DirectoryReader.indexExists(directory)) {
            return;
        }
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            IndexSearcher s = new IndexSearcher(reader);
            TopDocs top = s.search(new TermQuery(new Term(IndexFields.TYPE, IndexFields.TYPE_REPORT)),
                    Math.max(1, reader.numDocs()));
            for (ScoreDoc sd : top.scoreDocs) {
                Document d = s.storedFields().document(sd.doc, Set.of(IndexFields.PATH, IndexFields.REPORT_ID,
                        IndexFields.DEPARTMENT, IndexFields.FAMILY, IndexFields.FIGURES, IndexFields.FIGURE_SKETCH,
                        IndexFields.INDEX_SEQ, IndexFields.FILE_NAME, IndexFields.MEDIA_TYPE));
                remember(d.get(IndexFields.PATH), d.get(IndexFields.REPORT_ID));
                if (d.get(IndexFields.DEPARTMENT) != null) {
                    departmentById.put(d.get(IndexFields.REPORT_ID), d.get(IndexFields.DEPARTMENT));
                }
                rememberFamily(d);
            }
        }
        // what was committed was applied before the commit
        for (String family : new java.util.HashSet<>(familyById.values())) {
            shownById.putAll(renditions.shown(family));
        }
    }

    private void rememberFamily(Document d) {
        String family = d.get(IndexFields.FAMILY);
        var seq = d.getField(IndexFields.INDEX_SEQ);
        var figures = d.getField(IndexFields.FIGURES);
        var sketch = d.getBinaryValue(IndexFields.FIGURE_SKETCH);
        if (family == null || seq == null || figures == null || sketch == null) {
            return;
        }
        long[] sk = new long[sketch.length / Long.BYTES];
        java.nio.ByteBuffer.wrap(sketch.bytes, sketch.offset, sketch.length).asLongBuffer().get(sk);
        String id = d.get(IndexFields.REPORT_ID);
        renditions.add(family, new Renditions.Member(id, d.get(IndexFields.PATH), Renditions.rank(d.get(IndexFields.FILE_NAME),
                d.get(IndexFields.MEDIA_TYPE)),
                figures.numericValue().longValue(), sk, seq.numericValue().longValue()));
        familyById.put(id, family);
        indexSeq = Math.max(indexSeq, seq.numericValue().longValue());
    }

    private void remember(String path, String id) {
        idByPath.put(path, id);
        pathById.putIfAbsent(id, path);
    }

    /** True when a report with these bytes is in the index under this path. */
    public synchronized boolean isIndexed(String path, String reportId) {
        return reportId.equals(idByPath.get(path));
    }

    /** True when a report with these bytes is in the index under any path. */
    public synchronized boolean containsReport(String reportId) {
        return pathById.containsKey(reportId);
    }

    /**
     * Adds or replaces the report read from {@code path}; unchanged bytes write nothing. Safe to
     * call from several threads: the bookkeeping is locked, the analysis and writing are not.
     */
    public IndexOutcome index(String path, Report report, List<Finding> findings) throws IOException {
        Validate.notNullParam(path, "path");
        Validate.notNullParam(report, "report");
        Validate.notNullParam(findings, "findings");
        if (report.failed()) {
            return IndexOutcome.FAILED;
        }
        IndexOutcome outcome;
        Renditions.Member replaced = null;
        synchronized (this) {
            String old = idByPath.get(path);
            if (report.id().equals(old)) {
                return IndexOutcome.UNCHANGED;
            }
            if (old != null) {
                replaced = member(old);
                forget(path, old);
            }
            if (containsReport(report.id())) {
                // the same bytes under another path: one copy of the content is enough, and it names
                // its first path (removing that path removes the content; re-indexing the other adds it back)
                idByPath.put(path, report.id());
                uncommitted += old == null ? 0 : 1;
                return old == null ? IndexOutcome.UNCHANGED : IndexOutcome.REPLACED;
            }
            remember(path, report.id());
            if (report.meta().department() != null && !report.meta().department().isBlank()) {
                departmentById.put(report.id(), report.meta().department());
            }
            uncommitted++;
            outcome = old == null ? IndexOutcome.ADDED : IndexOutcome.REPLACED;
        }
        String family = Renditions.familyKey(report);
        Renditions.Member member = family == null ? null : newMember(report, path);
        Report shown = member == null ? report : noteSupersedes(report, priorVersion(family, member, replaced), member);
        List<Document> docs = builder.build(shown, path, findings);
        decorate(docs, family, member, true);
        mirror.add(report.id(), docs);
        writer.updateDocuments(new Term(IndexFields.REPORT_ID, report.id()), docs);
        if (member != null) {
            synchronized (this) {
                renditions.add(family, member);
                familyById.put(member.id(), family);
                shownById.put(member.id(), true);
                applyShown(family);
            }
        }
        return outcome;
    }

    private Renditions.Member newMember(Report report, String path) {
        long[] hashes = Renditions.figureHashes(report);
        String name = report.source() == null ? path : report.source().fileName();
        String type = report.source() == null ? null : report.source().mediaType();
        synchronized (this) {
            return new Renditions.Member(report.id(), path, Renditions.rank(name, type), Renditions.setHash(hashes),
                    Renditions.sketch(hashes), ++indexSeq);
        }
    }

    /** The version {@code m} corrects: an earlier report of the family, or the one its path held before. */
    private Renditions.Member priorVersion(String family, Renditions.Member m, Renditions.Member replaced) {
        Renditions.Member prior = renditions.versionOf(family, m);
        if (prior == null && replaced != null
                && Renditions.similarity(replaced.sketch(), m.sketch()) >= Renditions.SAME_REPORT) {
            prior = replaced;
        }
        return prior;
    }

    /** Every document gets the hidden flag; the report document the family fields that identify it. */
    private static void decorate(List<Document> docs, String family, Renditions.Member m, boolean shown) {
        for (Document d : docs) {
            d.add(new NumericDocValuesField(IndexFields.HIDDEN, shown ? 0 : 1));
        }
        if (m != null) {
            addFamilyFields(docs, family, m);
        }
    }

    private Renditions.Member member(String id) {
        String family = familyById.get(id);
        return family == null ? null
                : renditions.members(family).stream().filter(m -> m.id().equals(id)).findFirst().orElse(null);
    }

    /** A corrected version says which report it replaces (a diagnostic on the report, shown with it). */
    private static Report noteSupersedes(Report report, Renditions.Member prior, Renditions.Member m) {
        if (prior == null || prior.figures() == m.figures()) {
            return report;
        }
        List<Diagnostic> d = new ArrayList<>(report.diagnostics());
        d.add(Diagnostic.warning(DiagnosticCode.SUPERSEDES, "a corrected version of " + prior.path() + " (report "
                + prior.id().substring(0, Math.min(12, prior.id().length())) + "): its figures differ, and this "
                + "version's facts and findings replace that one's", null));
        return report.withDiagnostics(d);
    }

    private static void addFamilyFields(List<Document> docs, String family, Renditions.Member m) {
        for (Document d : docs) {
            if (IndexFields.TYPE_REPORT.equals(d.get(IndexFields.TYPE))) {
                java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(m.sketch().length * Long.BYTES);
                b.asLongBuffer().put(m.sketch());
                d.add(new StoredField(IndexFields.FAMILY, family));
                d.add(new StoredField(IndexFields.FIGURES, m.figures()));
                d.add(new StoredField(IndexFields.FIGURE_SKETCH, b.array()));
                d.add(new StoredField(IndexFields.INDEX_SEQ, m.seq()));
            }
        }
    }

    /**
     * Shows one rendition of each report of the family and hides the rest: doc-value updates of the
     * members whose state changed, no re-indexing (a family of one writes nothing).
     */
    private void applyShown(String family) throws IOException {
        for (Map.Entry<String, Boolean> e : renditions.shown(family).entrySet()) {
            if (!e.getValue().equals(shownById.get(e.getKey()))) {
                mirror.hidden(e.getKey(), !e.getValue());
                writer.updateNumericDocValue(new Term(IndexFields.REPORT_ID, e.getKey()), IndexFields.HIDDEN,
                        e.getValue() ? 0 : 1);
                shownById.put(e.getKey(), e.getValue());
            }
        }
    }

    /**
     * Rewrites the documents of a report already indexed under {@code path} with new findings (the
     * cross-report rules re-check year N when year N+1 arrives). False when the path does not hold
     * these bytes, which are then left to {@link #index}.
     */
    public boolean replaceFindings(String path, Report report, List<Finding> findings) throws IOException {
        Validate.notNullParam(path, "path");
        Validate.notNullParam(report, "report");
        Validate.notNullParam(findings, "findings");
        String docPath;
        String family;
        Renditions.Member m;
        boolean shown;
        synchronized (this) {
            if (!report.id().equals(idByPath.get(path))) {
                return false;
            }
            docPath = pathById.get(report.id());
            family = familyById.get(report.id());
            m = member(report.id());
            shown = shownById.getOrDefault(report.id(), true);
            uncommitted++;
        }
        List<Document> docs = builder.build(report, docPath, findings);
        // a hidden rendition stays hidden, and keeps what identifies it
        decorate(docs, family, m, shown);
        mirror.replace(report.id(), docs);
        writer.updateDocuments(new Term(IndexFields.REPORT_ID, report.id()), docs);
        return true;
    }

    /** The department of the report indexed under {@code path}, if it names one. */
    public synchronized java.util.Optional<String> departmentOf(String path) {
        String id = idByPath.get(path);
        return java.util.Optional.ofNullable(id == null ? null : departmentById.get(id));
    }

    /** The paths of the indexed reports of {@code department}, one per report (its first path), sorted. */
    public synchronized List<String> pathsOfDepartment(String department) {
        Validate.notNullParam(department, "department");
        List<String> out = new ArrayList<>();
        departmentById.forEach((id, dept) -> {
            if (dept.equals(department) && pathById.containsKey(id)) {
                out.add(pathById.get(id));
            }
        });
        out.sort(null);
        return out;
    }

    /** Deletes what was indexed from {@code path}; false when nothing was. */
    public synchronized boolean remove(String path) throws IOException {
        Validate.notNullParam(path, "path");
        String old = idByPath.get(path);
        if (old == null) {
            return false;
        }
        forget(path, old);
        uncommitted++;
        return true;
    }

    /** Paths in the index that are {@code prefix} or under it (as a folder). */
    public synchronized List<String> pathsUnder(String prefix) {
        Validate.notNullParam(prefix, "prefix");
        String folder = prefix.endsWith("/") ? prefix : prefix + "/";
        List<String> out = new ArrayList<>();
        for (String p : idByPath.keySet()) {
            if (p.equals(prefix) || p.startsWith(folder)) {
                out.add(p);
            }
        }
        out.sort(null);
        return out;
    }

    private void forget(String path, String id) throws IOException {
        idByPath.remove(path);
        if (path.equals(pathById.get(id))) {
            pathById.remove(id);
            departmentById.remove(id);
            mirror.delete(id);
            writer.deleteDocuments(new Term(IndexFields.REPORT_ID, id));
            String family = familyById.remove(id);
            shownById.remove(id);
            if (family != null) {
                // another rendition (or the previous version) is shown again
                renditions.remove(family, id);
                applyShown(family);
            }
        }
    }

    /** Changes written since the last commit. */
    public synchronized int uncommitted() {
        return uncommitted;
    }

    /** Makes everything written so far durable and visible, with {@code progress} in the commit data. */
    public void commit(String progress) throws IOException {
        Map<String, String> data = new HashMap<>();
        data.put(DATA_SCHEMA, IndexFields.SCHEMA_VERSION);
        synchronized (this) {
            data.put(DATA_REPORTS, Integer.toString(pathById.size()));
            uncommitted = 0;
        }
        data.put(DATA_PROGRESS, progress == null ? "" : progress);
        writer.setLiveCommitData(data.entrySet());
        // the mirror first: when it fails, the local commit does not claim what the mirror lacks
        mirror.commit();
        writer.commit();
    }

    /** Commit data of the last commit in {@code directory}, or an empty map when there is none. */
    public static Map<String, String> committedData(Directory directory) throws IOException {
        if (!DirectoryReader.indexExists(directory)) {
            return Map.of();
        }
        try (DirectoryReader r = DirectoryReader.open(directory)) {
            return r.getIndexCommit().getUserData();
        }
    }

    /** Bytes the index takes on disk now. */
    public long sizeOnDisk() throws IOException {
        long n = 0;
        for (String f : directory.listAll()) {
            try {
                n += directory.fileLength(f);
            } catch (java.io.FileNotFoundException | java.nio.file.NoSuchFileException e) {
                // merged away while listing
            }
        }
        return n;
    }

    /** Documents in the index, committed or not (deletions not yet merged may be counted). */
    public int documents() {
        return writer.getDocStats().numDocs;
    }

    /** Abandons everything since the last commit, as a killed process would, and closes. */
    public void rollback() throws IOException {
        writer.rollback();
        directory.close();
    }

    /** Closes without committing: call {@link #commit} first to keep the last changes. */
    @Override
    public void close() throws IOException {
        if (writer.isOpen()) {
            writer.rollback();
        }
        directory.close();
    }
}
