/**
 * Names: wording of the wrong report kind (a 单位预算 speaking as the department, a 部门预算 as a
 * unit), of the wrong government level (市级 in a 区级 report), and classification subjects printed
 * under the names they had before a reform ({@code renamed-subjects.tsv}).
 */
package org.jixiao.check.names;
