package org.jixiao.solr.internal;

import java.io.IOException;

import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.common.SolrException;

/** Solr's failures as IOExceptions, the backend's failure type, with their message and cause kept. */
public final class SolrCalls {
    private SolrCalls() {
    }

    /** A SolrJ call. */
    public interface Call<T> {
        T run() throws SolrServerException, IOException;
    }

    public static <T> T call(Call<T> c) throws IOException {
        try {
            return c.run();
        } catch (SolrServerException | SolrException e) {
            throw new IOException("Solr: " + e.getMessage(), e);
        }
    }
}
