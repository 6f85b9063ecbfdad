/**
 * The SolrCloud bench behind {@code jixiao bench-index --backend solr}: bench-index's report
 * variants indexed straight into a collection, and its search, facts and compare requests timed
 * through {@link org.jixiao.index.query.IndexBackend}, from one and from several clients.
 */
package org.jixiao.solr.bench;
