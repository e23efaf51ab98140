package org.marketgov.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.serializer.JsonbSerializer;
import jakarta.json.bind.serializer.SerializationContext;
import jakarta.json.stream.JsonGenerator;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * JSON as API.md wants it: absent values written as {@code null}, and amounts of
 * money as decimal strings with two places ({@code "128.50"}).
 */
@Provider
public class Json implements ContextResolver<Jsonb> {

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig()
            .withNullValues(true)
            .withSerializers(new MoneySerializer()));

    public static Jsonb jsonb() {
        return JSONB;
    }

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }

    /** Money is a string so no client parses it into a binary float. */
    public static class MoneySerializer implements JsonbSerializer<BigDecimal> {

        @Override
        public void serialize(BigDecimal amount, JsonGenerator out, SerializationContext ctx) {
            out.write(amount.setScale(2, RoundingMode.HALF_UP).toPlainString());
        }
    }
}
