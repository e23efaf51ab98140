package org.marketgov.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Staff and auditor accounts that tests add through the API (DS-3), each with a new name. */
final class NewStaff {

    static final String PASSWORD = "Quiet-Harbor-2048";

    private NewStaff() {
    }

    /** The body that adds {@code username} in {@code role} with {@link #PASSWORD}. */
    static String json(String username, String role) {
        return "{\"username\":\"" + username + "\",\"role\":\"" + role + "\",\"password\":\""
                + PASSWORD + "\"}";
    }

    /** Adds a new account of {@code role} as {@code by} and answers how it logs in. */
    static Api.Login added(String role, Api.Login by) {
        String username = NewMember.uniqueName(role.substring(0, 2).toLowerCase());
        Api.Answer a = Api.post("/admin/accounts", json(username, role), by);
        assertEquals(201, a.status(), a::toString);
        return new Api.Login(username, PASSWORD);
    }
}
