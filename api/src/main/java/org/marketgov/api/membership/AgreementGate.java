package org.marketgov.api.membership;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.Set;
import java.util.regex.Pattern;
import org.marketgov.api.problems.Problem;
import org.marketgov.membership.AgreementStanding;
import org.marketgov.membership.MembershipDesk;
import org.marketgov.security.Roles;

/**
 * MEM-8: one gate for every change a member asks of the API. While a newer agreement
 * version waits for their answer, a member may read, answer the agreement and leave
 * (reading covers the PRV-4 data download), and nothing else: complaints, evaluations,
 * accusations, after-sales cases, listings and trades are refused with 409 and the rule.
 * A member who declined while trades were open (MEM-5) may in addition finish or cancel
 * those trades, so that the exit can complete. STAFF and AUDITOR are not gated.
 */
@ApplicationScoped
@Provider
@Priority(Priorities.AUTHORIZATION)
public class AgreementGate implements ContainerRequestFilter {

    private static final Set<String> READING = Set.of(HttpMethod.GET, HttpMethod.HEAD,
            HttpMethod.OPTIONS);

    /** Answering the agreement and leaving stay open while it is pending. */
    private static final Pattern ANSWERING =
            Pattern.compile("(POST members/me/agreement|DELETE members/me)/?");

    /** The steps that finish or cancel a trade already open. */
    private static final Pattern FINISHING = Pattern.compile(
            "POST trades/[0-9]+/(payment|shipment|receipt|cancellation|contract/signatures)/?");

    @Inject
    private MembershipDesk desk;

    @Override
    public void filter(ContainerRequestContext request) {
        if (READING.contains(request.getMethod())
                || !request.getSecurityContext().isUserInRole(Roles.MEMBER)) {
            return;
        }
        String call = request.getMethod() + " " + stripSlash(request.getUriInfo().getPath());
        if (ANSWERING.matcher(call).matches()) {
            return;
        }
        AgreementStanding standing = desk.myAgreementStanding();
        if (standing == AgreementStanding.CURRENT
                || (standing == AgreementStanding.LEAVING && FINISHING.matcher(call).matches())) {
            return;
        }
        request.abortWith(refusal(standing));
    }

    private static Response refusal(AgreementStanding standing) {
        String detail = standing == AgreementStanding.LEAVING
                ? "the service agreement was declined; only open trades may be finished"
                        + " or cancelled until the exit completes"
                : "the new service agreement must be accepted or declined first";
        return Problem.of(Response.Status.CONFLICT, detail).rule("MEM-8").response();
    }

    private static String stripSlash(String path) {
        return path.startsWith("/") ? path.substring(1) : path;
    }
}
