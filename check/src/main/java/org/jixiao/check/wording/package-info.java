/**
 * Wording slips reviewers report (minor, {@link org.jixiao.model.Severity#WARNING}): template
 * placeholders and bracketed alternatives left in, template instructions, a sentence cut off after
 * its cue word, a change rate printed without %, doubled punctuation, a year without 年, and
 * brackets or quotes that do not close. The patterns are data ({@code wording-slips.tsv}).
 */
package org.jixiao.check.wording;
