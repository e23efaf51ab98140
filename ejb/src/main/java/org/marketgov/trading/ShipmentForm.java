package org.marketgov.trading;

/** RISK-3, RISK-4: the carrier and tracking number a seller ships with. */
public record ShipmentForm(String carrier, String trackingNumber) {
}
