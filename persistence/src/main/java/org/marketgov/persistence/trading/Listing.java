package org.marketgov.persistence.trading;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Set;

/**
 * Goods or a service a verified seller offers (MEM-2). A listing without stock is not
 * limited; a limited stock is taken when a trade opens and given back when that trade
 * is cancelled (RISK-3), and never goes below zero. The status a new listing starts in
 * is what screening decided; only a published listing can be bought.
 */
@Entity
@Table(name = "listing")
public class Listing {

    private static final Set<ListingStatus> FIRST_STATUSES =
            Set.of(ListingStatus.PUBLISHED, ListingStatus.PENDING_AUDIT, ListingStatus.REJECTED);

    @Id
    @SequenceGenerator(name = "entity_seq", sequenceName = "entity_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entity_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "seller_id")
    private long sellerId;

    private String title;

    private String description;

    @Enumerated(EnumType.STRING)
    private Section section;

    private BigDecimal price;

    private Integer stock;

    @Enumerated(EnumType.STRING)
    private ListingStatus status;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    protected Listing() {
    }

    /** What the seller offers, already validated by the caller. */
    public record Offer(long sellerId, String title, String description, Section section,
            BigDecimal price, Integer stock) {
    }

    /** A new listing in the status screening gave it. */
    public Listing(Offer offer, ListingStatus screened, OffsetDateTime at) {
        if (!FIRST_STATUSES.contains(screened)) {
            throw new IllegalArgumentException("a new listing cannot start as " + screened);
        }
        this.sellerId = offer.sellerId();
        this.title = offer.title();
        this.description = offer.description();
        this.section = offer.section();
        this.price = offer.price();
        this.stock = offer.stock();
        this.status = screened;
        this.createdAt = at;
    }

    /** Whether {@code quantity} can be sold now: an unlimited stock always has enough. */
    public boolean hasInStock(int quantity) {
        return stock == null || stock >= quantity;
    }

    /** RISK-3: a trade opening takes its quantity out of a limited stock. */
    public void take(int quantity) {
        if (!hasInStock(quantity)) {
            throw new IllegalStateException("listing " + id + " has only " + stock + " left");
        }
        if (stock != null) {
            stock -= quantity;
        }
    }

    /**
     * CMP-6: the listing is taken down as the penalty for an upheld accusation; it is
     * no longer shown or sold, and its data stays.
     */
    public void takeDown() {
        this.status = ListingStatus.WITHDRAWN;
    }

    /** RISK-3: a cancelled trade gives its quantity back to a limited stock. */
    public void giveBack(int quantity) {
        if (stock != null) {
            stock += quantity;
        }
    }

    public Long id() {
        return id;
    }

    public long sellerId() {
        return sellerId;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public Section section() {
        return section;
    }

    public BigDecimal price() {
        return price;
    }

    public Integer stock() {
        return stock;
    }

    public ListingStatus status() {
        return status;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }
}
