/**
 * Measuring jixiao against truth files: facts right / ambiguous / wrong / missing, defects found
 * and missed, false alarms by rule, precision and recall ({@code jixiao eval}, the ratchet).
 */
package org.jixiao.eval;
