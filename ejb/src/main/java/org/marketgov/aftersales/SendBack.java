package org.marketgov.aftersales;

import java.util.List;
import org.marketgov.persistence.aftersales.Remedy;

/**
 * AS-8: what the customer sends back for a remedy. Returns and replacements need the
 * goods, all their accessories and the invoice; without an invoice, the trade record
 * stands as proof of purchase (AS-6). A repair needs the goods only.
 */
public enum SendBack {
    GOODS,
    ALL_ACCESSORIES,
    INVOICE,
    TRADE_RECORD_AS_PROOF;

    public static List<SendBack> forRemedy(Remedy remedy, boolean hasInvoice) {
        if (!remedy.needsGoodsBack()) {
            return List.of(GOODS);
        }
        return List.of(GOODS, ALL_ACCESSORIES, hasInvoice ? INVOICE : TRADE_RECORD_AS_PROOF);
    }
}
