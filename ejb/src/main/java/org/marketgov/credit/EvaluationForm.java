package org.marketgov.credit;

/**
 * CR-1: what a party submits: a rating, an optional comment and optional detailed
 * marks (1 to 5 each).
 */
public record EvaluationForm(String rating, String comment, Details details) {

    /** The buyer's marks on the seller, or the seller's marks on the buyer. */
    public record Details(Integer goodsQuality, Integer serviceAttitude, Integer deliverySpeed,
            Integer logistics, Integer conduct, Integer paymentSpeed) {
    }
}
