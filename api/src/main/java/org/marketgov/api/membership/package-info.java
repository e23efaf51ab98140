/** The membership endpoints of API.md (MEM-1..8 and the PRV-4 data download). */
package org.marketgov.api.membership;
