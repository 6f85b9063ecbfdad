/**
 * Format-independent structure from block text alone: headings recognized from Chinese numbering
 * (一、 / （一） / 1. / 1、 / （1） / 附件N), the section tree with each block's section path, and
 * table captions and unit lines. It runs after every extractor, so a document yields the same tree
 * whichever format it came in.
 */
package org.jixiao.extract.structure;
