package org.marketgov.platform;

import jakarta.ejb.ApplicationException;

/**
 * Nothing by that identifier that the caller may see. Another member's private
 * resource is reported this way too, so its existence is not revealed.
 */
@ApplicationException(rollback = true)
public class NotFound extends RuntimeException {

    public NotFound(String what) {
        super(what + " not found");
    }
}
