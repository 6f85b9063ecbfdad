/**
 * A benchmark of the index at scale: {@link org.jixiao.index.bench.ReportVariants} turns a few
 * extracted reports into thousands of plausible ones (other departments, other years, scaled
 * figures), {@link org.jixiao.index.bench.IndexBench} indexes them and times search, facts and
 * compare queries.
 */
package org.jixiao.index.bench;
