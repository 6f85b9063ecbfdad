/**
 * The SolrCloud index backend: a configset whose schema is generated from the index module's
 * field names, a mirror that writes what the Lucene indexer writes into a collection, and the
 * queries of {@link org.jixiao.index.query.IndexBackend} as Solr requests (JSON facets for pivots).
 */
package org.jixiao.solr;
