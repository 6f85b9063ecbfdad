/**
 * Rules over the figures printed in sentences ({@link org.jixiao.check.text.TextFigures}): parts
 * and totals (其中, 合计), rates computed from the figures around them, misprinted units.
 */
package org.jixiao.check.text;
