/**
 * {@code jixiao serve}: a JSON API and Chinese web pages over the index (search with facets,
 * facts, pivots with a chart, findings with the page image boxed, upload-and-check), on Javalin.
 * Everything a request names is validated here: report ids are sha-256 hex and never reach the
 * disk as paths; errors are JSON {@code {"error": …}} with the status, never a stack trace.
 */
package org.jixiao.serve;
