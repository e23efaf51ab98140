package org.marketgov.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input of every kind is answered 4xx with problem JSON: never a 500, never a stack
 * trace or server name, and nothing is created.
 */
@ExtendWith(RequiresDeployment.class)
class BadInputIT {

    static Stream<Arguments> badRequests() {
        String big = "{\"username\":\"" + "x".repeat(70_000) + "\"}";
        return Stream.of(
                Arguments.of("malformed JSON", "POST", "/members", "{\"username\": ", false),
                Arguments.of("not JSON at all", "POST", "/members", "hello", false),
                Arguments.of("an array instead of an object", "POST", "/members", "[1,2]", false),
                Arguments.of("wrong type", "POST", "/members", "{\"username\": 12, \"kind\": 3}", false),
                Arguments.of("unknown enum", "POST", "/members", "{\"kind\": \"ALIEN\"}", false),
                Arguments.of("boolean as text", "POST", "/members",
                        "{\"agreementAccepted\": \"yes\"}", false),
                Arguments.of("empty object", "POST", "/members", "{}", false),
                Arguments.of("no body", "POST", "/members", null, false),
                Arguments.of("JSON null", "POST", "/members", "null", false),
                Arguments.of("oversized body", "POST", "/members", big, false),
                Arguments.of("deeply nested", "POST", "/members", "[".repeat(5000), false),
                Arguments.of("unicode junk", "POST", "/members",
                        "{\"username\":\"\\u0000\\uffff\",\"password\":\"\\ud800\"}", false),
                Arguments.of("staff decision with text approval", "POST",
                        "/members/1/verification/decision", "{\"approved\":\"maybe\"}", true),
                Arguments.of("freeze with no body", "POST", "/members/1/freeze", null, true),
                Arguments.of("freeze unknown member", "POST", "/members/999999999/freeze",
                        "{\"permanent\":false,\"reason\":\"x\"}", true),
                Arguments.of("non-numeric member id", "POST", "/members/abc/freeze",
                        "{\"permanent\":false,\"reason\":\"x\"}", true),
                Arguments.of("huge member id", "POST", "/members/99999999999999999999999/unfreeze",
                        null, true),
                Arguments.of("negative page", "GET", "/members?page=-1", null, true),
                Arguments.of("text page size", "GET", "/members?size=lots", null, true),
                Arguments.of("page size too big", "GET", "/members?size=100000", null, true),
                Arguments.of("unknown status filter", "GET", "/members?status=HAPPY", null, true),
                Arguments.of("unknown path", "GET", "/no/such/thing", null, false),
                Arguments.of("path outside the API version", "GET", Api.HOST + "/api/nowhere",
                        null, false),
                Arguments.of("no credentials for a member call", "GET", "/members/me", null,
                        false),
                Arguments.of("wrong method", "PATCH", "/members/me", "{}", false),
                Arguments.of("clock advance as number", "POST", "/admin/clock",
                        "{\"advance\": 5}", true),
                Arguments.of("clock advance past the end of time", "POST", "/admin/clock",
                        "{\"advance\": \"PT9999999999999H\"}", true),
                Arguments.of("rejection reason too long", "POST",
                        "/members/1/verification/decision",
                        "{\"approved\":false,\"reason\":\"" + "x".repeat(5000) + "\"}", true),
                Arguments.of("freeze reason too long", "POST", "/members/1/freeze",
                        "{\"permanent\":false,\"reason\":\"" + "x".repeat(600) + "\"}", true),
                Arguments.of("setting with object value", "PUT", "/admin/settings/site.zone",
                        "{\"value\": {\"a\": 1}}", true),
                Arguments.of("setting with bad zone", "PUT", "/admin/settings/site.zone",
                        "{\"value\": \"Mars/Olympus\"}", true),
                Arguments.of("agreement with no text", "POST", "/agreements", "{}", true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRequests")
    @DisplayName("API bad input gets a 4xx problem, never a 5xx")
    void neverServerError(String what, String method, String path, String body, boolean asStaff) {
        Api.Answer a = Api.send(method, path, body, asStaff ? Api.STAFF : Api.ANONYMOUS, Map.of());

        assertTrue(a.status() >= 400 && a.status() < 500, what + " answered " + a);
        assertTrue(a.contentType() != null && a.contentType().startsWith("application/problem+json"),
                what + " answered " + a.contentType());
        assertFalse(a.text().contains("Exception"), a.text());
        assertFalse(a.text().contains("Payara"), a.text());
        assertFalse(a.text().contains("at org."), a.text());
        assertEquals(a.status(), a.json().getInt("status"));
    }

    @org.junit.jupiter.api.Test
    @DisplayName("API an oversized body is refused with 413")
    void oversized() {
        String big = "{\"username\":\"" + "x".repeat(70_000) + "\"}";

        assertEquals(413, Api.post("/members", big, Api.ANONYMOUS).status());
    }
}
