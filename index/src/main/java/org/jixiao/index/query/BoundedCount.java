package org.jixiao.index.query;

import java.io.IOException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;

/**
 * How many documents match a query, counted up to a bound: segments whose count the index knows
 * (Weight#count) are added as they are, others are counted match by match until the bound is
 * reached. A value range over a whole scope matches millions of facts at 100,000 reports and
 * counting them all was most of a fact query's CPU; past the bound the count is a lower bound.
 */
final class BoundedCount {
    /** The count, and whether it is exact or a lower bound. */
    record Count(long value, boolean exact) {
    }

    private BoundedCount() {
    }

    static Count of(IndexSearcher searcher, Query query, long bound) throws IOException {
        Weight w = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
        long total = 0;
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            int known = w.count(leaf);
            if (known >= 0) {
                total += known;
            } else {
                total += counted(w.bulkScorer(leaf), leaf, bound - total);
            }
            if (total >= bound) {
                return new Count(total, false);
            }
        }
        return new Count(total, true);
    }

    /** The matches of one segment, counted until {@code room} is reached. */
    private static long counted(BulkScorer scorer, LeafReaderContext leaf, long room) throws IOException {
        if (scorer == null) {
            return 0;
        }
        long[] n = {0};
        try {
            scorer.score(new LeafCollector() {
                @Override
                public void setScorer(Scorable s) {
                }

                @Override
                public void collect(int doc) {
                    if (++n[0] >= room) {
                        throw new CollectionTerminatedException();
                    }
                }
            }, leaf.reader().getLiveDocs());
        } catch (CollectionTerminatedException stop) {
            // the bound is reached: what follows is not counted
        }
        return n[0];
    }
}
