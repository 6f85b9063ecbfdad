/**
 * Rules across reports of one department: a year's closing balance against the next year's opening
 * balance, and prior-year figures quoted in a later report against that year's own report.
 */
package org.jixiao.check.cross;
