/**
 * Entities and value objects of the marketplace, grouped by management system.
 * This module knows nothing of EJB, JAX-RS or Faces; its schema comes from the
 * Flyway migrations under {@code db/migration}.
 */
package org.marketgov.persistence;
