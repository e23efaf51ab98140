/**
 * Tests against the deployed EAR on a real Payara Server: the partner API over HTTP,
 * the console in a headless browser, and EJB boundaries through Arquillian. The
 * Maven build starts a test domain; {@link org.marketgov.it.DeployedMarket} deploys
 * the EAR on the database the run is for (H2, then PostgreSQL).
 */
package org.marketgov.it;
