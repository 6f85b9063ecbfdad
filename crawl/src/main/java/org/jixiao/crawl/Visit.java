package org.jixiao.crawl;

/**
 * How one URL (or archive member) ended in a run.
 *
 * @param kind    what it turned out to be
 * @param outcome what happened
 * @param reason  why it failed or was skipped, else null
 * @param detail  a short explanation, or null
 */
public record Visit(ResourceKind kind, Outcome outcome, Reason reason, String detail) {
}
