package org.marketgov.trading;

import java.math.BigDecimal;

/**
 * What a seller submits to offer goods or a service. The section is text so that an
 * unknown section is reported as a field error; no stock means the stock is not limited.
 */
public record ListingForm(String title, String description, String section, BigDecimal price,
        Integer stock) {
}
