package org.marketgov.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Supplier;
import org.marketgov.platform.IdempotencyStore;
import org.marketgov.platform.InvalidInput;

/**
 * Runs a creating request at most once per {@code Idempotency-Key} and caller. The
 * creation and the stored response share one transaction: either both commit or
 * neither does, and a concurrent duplicate loses on the unique key (409).
 */
@RequestScoped
public class IdempotentCreation {

    private static final int MAX_KEY_LENGTH = 128;

    @EJB
    private IdempotencyStore store;

    /** Creates through {@code create} and answers 201 with its result as JSON. */
    @Transactional
    public Response create(String key, Object request, SecurityContext security,
            Supplier<Object> create) {
        if (key == null) {
            return json(201, Json.jsonb().toJson(create.get()));
        }
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            throw InvalidInput.of("Idempotency-Key", "1 to " + MAX_KEY_LENGTH + " characters");
        }
        String caller = security.getUserPrincipal() == null ? "(anonymous)"
                : security.getUserPrincipal().getName();
        String requestHash = sha256(Json.jsonb().toJson(request));
        Optional<IdempotencyStore.Stored> earlier = store.find(caller, key);
        if (earlier.isPresent()) {
            if (!earlier.get().requestHash().equals(requestHash)) {
                throw new InvalidInput(java.util.List.of(new InvalidInput.FieldError(
                        "Idempotency-Key", "this key was used for a different request")));
            }
            return json(earlier.get().status(), earlier.get().body());
        }
        String body = Json.jsonb().toJson(create.get());
        store.remember(caller, key, requestHash, 201, body);
        return json(201, body);
    }

    private static Response json(int status, String body) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
