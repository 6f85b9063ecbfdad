package org.jixiao.solr.internal;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.solr.client.solrj.util.ClientUtils;

/**
 * A Lucene query, parsed and analyzed by the client with jixiao's query analyzer, written in
 * Solr's standard syntax term by term: the text fields' query analyzer only splits on whitespace,
 * so Solr searches exactly the terms Lucene would.
 */
public final class QueryWriter {
    /** Matches no document (Solr adds *:* to a purely negative query). */
    static final String NOTHING = "(*:* -*:*)";

    private QueryWriter() {
    }

    /**
     * The Solr query string of {@code q}.
     *
     * @throws IllegalArgumentException for query types the Solr backend does not translate
     */
    public static String write(Query q) {
        if (q instanceof TermQuery t) {
            return term(t.getTerm());
        }
        if (q instanceof BooleanQuery b) {
            return bool(b);
        }
        if (q instanceof PhraseQuery p) {
            return phrase(p);
        }
        if (q instanceof BoostQuery b) {
            return "(" + write(b.getQuery()) + ")^" + b.getBoost();
        }
        if (q instanceof SynonymQuery s) {
            StringBuilder sb = new StringBuilder("(");
            for (Term t : s.getTerms()) {
                sb.append(sb.length() > 1 ? " OR " : "").append(term(t));
            }
            return sb.append(')').toString();
        }
        if (q instanceof PrefixQuery p) {
            return p.getPrefix().field() + ":" + ClientUtils.escapeQueryChars(p.getPrefix().text()) + "*";
        }
        if (q instanceof MatchAllDocsQuery) {
            return "*:*";
        }
        if (q instanceof MatchNoDocsQuery) {
            return NOTHING;
        }
        throw new IllegalArgumentException("the Solr backend cannot run this kind of query: " + q);
    }

    private static String term(Term t) {
        return t.field() + ":" + ClientUtils.escapeQueryChars(t.text());
    }

    private static String bool(BooleanQuery b) {
        if (b.clauses().isEmpty()) {
            return NOTHING;
        }
        if (b.getMinimumNumberShouldMatch() > 0) {
            throw new IllegalArgumentException("the Solr backend cannot run minimum-should-match queries: " + b);
        }
        StringBuilder sb = new StringBuilder("(");
        for (BooleanClause c : b.clauses()) {
            if (sb.length() > 1) {
                sb.append(' ');
            }
            sb.append(switch (c.getOccur()) {
                case MUST, FILTER -> "+";
                case MUST_NOT -> "-";
                case SHOULD -> "";
            }).append(write(c.getQuery()));
        }
        return sb.append(')').toString();
    }

    private static String phrase(PhraseQuery p) {
        Term[] terms = p.getTerms();
        if (terms.length == 0) {
            return NOTHING;
        }
        int[] positions = p.getPositions();
        for (int i = 1; i < positions.length; i++) {
            if (positions[i] != positions[i - 1] + 1) {
                throw new IllegalArgumentException("the Solr backend cannot run a phrase with gaps: " + p);
            }
        }
        StringBuilder sb = new StringBuilder(terms[0].field()).append(":\"");
        for (int i = 0; i < terms.length; i++) {
            sb.append(i > 0 ? " " : "").append(terms[i].text().replace("\\", "\\\\").replace("\"", "\\\""));
        }
        sb.append('"');
        if (p.getSlop() > 0) {
            sb.append('~').append(p.getSlop());
        }
        return sb.toString();
    }

    /** A filter on a keyword field. */
    public static String keyword(String field, String value) {
        return "{!term f=" + field + "}" + value;
    }
}
