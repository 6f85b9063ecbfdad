/**
 * Truth files: what a person read in a report (facts, defects, relations that hold), in YAML; see
 * docs/eval.md. Read by {@link org.jixiao.eval.truth.TruthReader}, never written by the tool.
 */
package org.jixiao.eval.truth;
