/**
 * Entities every management system shares: site settings, stored responses of
 * idempotent requests and the in-site inbox.
 */
package org.marketgov.persistence.platform;
