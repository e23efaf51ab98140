package org.marketgov.credit;

/** CR-8: the new rating and comment of a revised evaluation. */
public record RevisionForm(String rating, String comment) {
}
