/**
 * Score sheets (绩效自评表): each indicator row as an {@link org.jixiao.model.Indicator} with its
 * levels, target, actual, weight (分值) and score (得分), and the sheet totals (总分) as facts.
 */
package org.jixiao.extract.figures.score;
