/** Conversions between the index module's Lucene documents and queries and Solr's. */
package org.jixiao.solr.internal;
