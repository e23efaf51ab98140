package org.marketgov.api;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.BasicAuthenticationMechanismDefinition;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.marketgov.security.Roles;

/**
 * The partner API: HTTP Basic for members, STAFF and AUDITOR alike. The class is a CDI
 * bean so that Jakarta Security finds its mechanism definition.
 */
@ApplicationScoped
@ApplicationPath("/v1")
@BasicAuthenticationMechanismDefinition(realmName = "market")
@DeclareRoles({Roles.MEMBER, Roles.STAFF, Roles.AUDITOR})
public class MarketApi extends Application {
}
