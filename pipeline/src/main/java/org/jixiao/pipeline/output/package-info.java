/** Writers of result tables (text, CSV, JSON) shared by the commands. */
package org.jixiao.pipeline.output;
