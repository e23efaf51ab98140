/** Cross-cutting pieces of the console: health, security headers, login. */
package org.marketgov.web.platform;
