/** Rules over score sheets (绩效自评表): scores within weights, group weights, totals. */
package org.jixiao.check.score;
