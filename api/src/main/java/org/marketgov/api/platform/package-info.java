/** Site administration endpoints: settings and the test clock (API.md). */
package org.marketgov.api.platform;
