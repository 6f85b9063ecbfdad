/**
 * A load bench of the JSON API: concurrent HTTP clients against a running server, latency
 * percentiles per kind of request.
 */
package org.jixiao.serve.bench;
