/**
 * What every management system uses: the site clock, settings, the rule-violation
 * exceptions, the idempotency store, the in-site inbox with its pluggable outbound
 * sender, schema migration at start and the registry of scheduled jobs. This package
 * uses no management system.
 */
package org.marketgov.platform;
