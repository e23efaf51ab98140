package org.marketgov.api.problems;

/** A request body beyond the size the API accepts; answered 413. */
public class BodyTooLarge extends RuntimeException {

    public BodyTooLarge(long limit) {
        super("request bodies are limited to " + limit + " bytes");
    }
}
