/**
 * The one evaluator of the calculation network extract builds: each {@link org.jixiao.model.Relation}
 * is evaluated with interval arithmetic under every reading it carries; a finding is raised only
 * when every reading disagrees beyond rounding. No number is parsed and no meaning derived here.
 */
package org.jixiao.check.relation;
