/**
 * Comparative wording against the figures it compares: 增加/大于/超支 where the current figure is not
 * above its base, 减少/小于/节约 where it is not below, 持平/一致 where they differ. Read from the
 * relations extract builds (a cue with a direction word, terms in the roles current and base).
 */
package org.jixiao.check.comparative;
