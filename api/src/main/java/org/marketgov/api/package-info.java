/**
 * The partner REST API (API.md) under {@code /api/v1}: HTTP Basic authentication
 * over the market identity store, JSON bodies, problem JSON for every failure and
 * idempotent creation. Resources call the EJB boundaries only.
 */
package org.marketgov.api;
