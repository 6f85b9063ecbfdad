/** Rules over the report's facts (canonical scope, phase and period): one figure printed twice with two values. */
package org.jixiao.check.facts;
