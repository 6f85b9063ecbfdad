/**
 * The {@code jixiao} CLI: one picocli class per command, registered in
 * {@link org.jixiao.pipeline.cli.JixiaoCommand}. Usage errors exit 2; per-file failures exit 1 at the
 * end of a batch; no stack trace reaches the user.
 */
package org.jixiao.pipeline.cli;
