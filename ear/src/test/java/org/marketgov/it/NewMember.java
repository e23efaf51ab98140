package org.marketgov.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Registers fresh members through the API. Usernames, emails and phones are unique
 * per test run: a counter within the run, a time stamp across runs.
 */
final class NewMember {

    static final String PASSWORD = "Quiet-Harbor-2048";
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final long RUN = (System.currentTimeMillis() / 1000) % 100_000;

    private NewMember() {
    }

    /** A registered member. */
    record Registered(long id, String username, String email, String phone, Api.Login login) {
    }

    static String uniqueName(String prefix) {
        return prefix + RUN + "x" + COUNTER.incrementAndGet();
    }

    static String uniquePhone() {
        return String.format("13%05d%04d", RUN, COUNTER.incrementAndGet() % 10_000);
    }

    static String personJson(String username, String email, String phone) {
        return "{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\",\"email\":\""
                + email + "\",\"phone\":\"" + phone + "\",\"kind\":\"PERSON\",\"displayName\":\""
                + username + "\",\"agreementAccepted\":true}";
    }

    static Registered person() {
        String username = uniqueName("p");
        return register(username, username + "@example.com", uniquePhone());
    }

    static Registered register(String username, String email, String phone) {
        Api.Answer a = Api.post("/members", personJson(username, email, phone), Api.ANONYMOUS);
        assertEquals(201, a.status(), a::toString);
        return new Registered(a.json().getJsonNumber("id").longValue(), username, email, phone,
                new Api.Login(username, PASSWORD));
    }

    /** A person whose real-name verification STAFF approved (MEM-2). */
    static Registered verifiedPerson() {
        Registered m = person();
        String id = String.format("1101011990%04d%03d", COUNTER.incrementAndGet() % 10_000, 1);
        id = id.substring(0, 17) + "X";
        assertEquals(202, Api.post("/members/me/verification", "{\"idNumber\":\"" + id + "\"}",
                m.login()).status());
        assertEquals(200, Api.post("/members/" + m.id() + "/verification/decision",
                "{\"approved\":true,\"reason\":\"documents match\"}", Api.STAFF).status());
        return m;
    }
}
