/** Rules over the document itself: years that contradict the fiscal year, section numbering gaps, the 目录 against the body. */
package org.jixiao.check.doc;
