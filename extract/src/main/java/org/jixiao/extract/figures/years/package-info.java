/**
 * Years printed in paragraphs and at the head of table captions, each with the role its words give it
 * (the base of a comparison, an "as of" date, the start of a plan, a caption's year), read once here
 * so that the checks on dates never parse text themselves.
 */
package org.jixiao.extract.figures.years;
