/** Console pages of data security (DS): the AUDITOR's view of the audit trail. */
package org.marketgov.web.security;
