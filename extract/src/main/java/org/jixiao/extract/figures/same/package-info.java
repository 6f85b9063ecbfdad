/**
 * Same-figure relations: one quantity printed in two places (text against text, text against the
 * table cell of the same meaning), built once extract knows every fact's meaning.
 */
package org.jixiao.extract.figures.same;
