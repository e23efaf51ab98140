package org.marketgov.api.problems;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.marketgov.platform.InvalidInput.FieldError;

/** Builds a problem response. */
public final class Problem {

    public static final String MEDIA_TYPE = "application/problem+json";

    private final int status;
    private final String title;
    private final String detail;
    private String rule;
    private List<FieldError> errors = List.of();
    private String listName;
    private List<String> list = List.of();

    private Problem(int status, String title, String detail) {
        this.status = status;
        this.title = title;
        this.detail = detail;
    }

    public static Problem of(Response.Status status, String detail) {
        return new Problem(status.getStatusCode(), status.getReasonPhrase(), detail);
    }

    public static Problem of(int status, String title, String detail) {
        return new Problem(status, title, detail);
    }

    public Problem rule(String ruleId) {
        this.rule = ruleId;
        return this;
    }

    public Problem errors(List<FieldError> fieldErrors) {
        this.errors = fieldErrors;
        return this;
    }

    /** Adds a named list such as the trades that block an exit. */
    public Problem list(String name, List<String> values) {
        this.listName = name;
        this.list = values;
        return this;
    }

    public Response response() {
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", title)
                .add("status", status)
                .add("detail", detail == null ? title : detail);
        if (rule != null) {
            body.add("rule", rule);
        }
        if (!errors.isEmpty()) {
            JsonArrayBuilder array = Json.createArrayBuilder();
            errors.forEach(e -> array.add(Json.createObjectBuilder()
                    .add("field", e.field()).add("message", e.message())));
            body.add("errors", array);
        }
        if (listName != null) {
            JsonArrayBuilder array = Json.createArrayBuilder();
            list.forEach(array::add);
            body.add(listName, array);
        }
        return Response.status(status).type(MEDIA_TYPE).entity(body.build().toString()).build();
    }
}
