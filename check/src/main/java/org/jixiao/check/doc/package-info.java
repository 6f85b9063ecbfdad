/** Rules over the document itself: years that contradict the fiscal year, section numbering gaps. */
package org.jixiao.check.doc;
