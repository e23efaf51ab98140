package org.marketgov.api;

import jakarta.enterprise.context.ApplicationScoped;
import org.marketgov.security.MarketIdentityStore;

/** The market identity store, as a bean of the API module. */
@ApplicationScoped
public class ApiIdentityStore extends MarketIdentityStore {
}
