/** Figures printed in the wrong unit: an amount 10,000 times the same project's other money figures. */
package org.jixiao.check.units;
