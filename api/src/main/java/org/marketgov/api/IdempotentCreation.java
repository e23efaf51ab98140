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
import java.util.function.Function;
import java.util.function.Supplier;
import org.marketgov.platform.IdempotencyStore;
import org.marketgov.platform.InvalidInput;

/**
 * Runs a creating request at most once per {@code Idempotency-Key} and caller. The
 * creation and the stored response share one transaction: either both commit or
 * neither does, and a concurrent duplicate loses on the unique key (409).
 *
 * <p>Logged-out callers cannot be told apart: whoever repeats the key and the body is
 * answered as the first one was. A response may hold a secret meant only for its first
 * reader (the tracking code of an anonymous accusation, CMP-4), so for them the stored
 * answer is the one a stranger may see, without that secret.
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
        return create(key, request, security, create, Function.identity());
    }

    /**
     * As {@link #create(String, Object, SecurityContext, Supplier)}, but a logged-out
     * caller's repeat is answered with {@code shareable} of the first result, which
     * leaves out what only the first caller may read.
     */
    @Transactional
    public <T> Response create(String key, Object request, SecurityContext security,
            Supplier<T> create, Function<T, ?> shareable) {
        if (key == null) {
            return json(201, Json.jsonb().toJson(create.get()));
        }
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            throw InvalidInput.of("Idempotency-Key", "1 to " + MAX_KEY_LENGTH + " characters");
        }
        boolean anonymous = security.getUserPrincipal() == null;
        String caller = anonymous ? "(anonymous)" : security.getUserPrincipal().getName();
        String requestHash = sha256(Json.jsonb().toJson(request));
        Optional<IdempotencyStore.Stored> earlier = store.find(caller, key);
        if (earlier.isPresent()) {
            if (!earlier.get().requestHash().equals(requestHash)) {
                throw new InvalidInput(java.util.List.of(new InvalidInput.FieldError(
                        "Idempotency-Key", "this key was used for a different request")));
            }
            return json(earlier.get().status(), earlier.get().body());
        }
        T created = create.get();
        String body = Json.jsonb().toJson(created);
        store.remember(caller, key, requestHash, 201,
                anonymous ? Json.jsonb().toJson(shareable.apply(created)) : body);
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
