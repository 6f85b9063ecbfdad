/**
 * HTML and XHTML to blocks and tables with jsoup: paragraphs in document order, tables with
 * colspan/rowspan honoured. {@link org.jixiao.extract.html.HtmlBlockReader} also reads the XHTML that
 * Tika writes for legacy Word files.
 */
package org.jixiao.extract.html;
