/**
 * Rules over the figures printed in sentences, as extract's sentence relations carry them: a part
 * whose unit is misprinted among its siblings ({@link org.jixiao.check.text.MixedUnitRule}).
 */
package org.jixiao.check.text;
