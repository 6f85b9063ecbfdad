/**
 * Glyphs to text: lines from baselines, words without spaces between Chinese characters, and
 * paragraphs from line spacing and indentation.
 */
package org.jixiao.extract.pdf.text;
