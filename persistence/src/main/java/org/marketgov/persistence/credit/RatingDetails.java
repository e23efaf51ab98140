package org.marketgov.persistence.credit;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * CR-1: the optional detailed marks, 1 to 5 each. A buyer marks goods quality, service
 * attitude, delivery speed and logistics; a seller marks the buyer's conduct and
 * payment speed. Absent marks stay null.
 */
@Embeddable
public class RatingDetails {

    @Column(name = "goods_quality")
    private Integer goodsQuality;

    @Column(name = "service_attitude")
    private Integer serviceAttitude;

    @Column(name = "delivery_speed")
    private Integer deliverySpeed;

    private Integer logistics;

    private Integer conduct;

    @Column(name = "payment_speed")
    private Integer paymentSpeed;

    protected RatingDetails() {
    }

    /** The marks as given; each must be null or 1 to 5. */
    public record Marks(Integer goodsQuality, Integer serviceAttitude, Integer deliverySpeed,
            Integer logistics, Integer conduct, Integer paymentSpeed) {

        public static final Marks NONE = new Marks(null, null, null, null, null, null);
    }

    public RatingDetails(Marks m) {
        this.goodsQuality = mark(m.goodsQuality());
        this.serviceAttitude = mark(m.serviceAttitude());
        this.deliverySpeed = mark(m.deliverySpeed());
        this.logistics = mark(m.logistics());
        this.conduct = mark(m.conduct());
        this.paymentSpeed = mark(m.paymentSpeed());
    }

    private static Integer mark(Integer value) {
        if (value != null && (value < 1 || value > 5)) {
            throw new IllegalArgumentException("CR-1: a detailed mark is 1 to 5");
        }
        return value;
    }

    public Marks marks() {
        return new Marks(goodsQuality, serviceAttitude, deliverySpeed, logistics, conduct,
                paymentSpeed);
    }
}
