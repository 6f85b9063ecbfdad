/**
 * Wiring of the stages ({@link org.jixiao.pipeline.Pipeline}) and the {@code jixiao} command line
 * ({@link org.jixiao.pipeline.cli}).
 */
package org.jixiao.pipeline;
