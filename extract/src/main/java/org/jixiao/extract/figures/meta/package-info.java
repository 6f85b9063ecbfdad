/**
 * Report metadata: department (our dictionary of names plus HanLP's organization recognizer),
 * region and level, fiscal year, report kind, self-evaluation score and grade, each with provenance.
 */
package org.jixiao.extract.figures.meta;
