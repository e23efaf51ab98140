package org.marketgov.web.platform;

import jakarta.enterprise.context.ApplicationScoped;
import org.marketgov.security.MarketIdentityStore;

/** The market identity store, as a bean of the console module. */
@ApplicationScoped
public class ConsoleIdentityStore extends MarketIdentityStore {
}
