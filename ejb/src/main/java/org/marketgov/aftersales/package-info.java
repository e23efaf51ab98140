/**
 * The after-sales service commitment (AS-1..9). {@link org.marketgov.aftersales.WarrantyPolicy}
 * decides the open remedies from dates, history and findings as plain Java;
 * {@link org.marketgov.aftersales.AfterSalesDesk} is the boundary through which the buyer
 * opens a case and chooses a remedy and STAFF records receipt, inspection, repairs,
 * replacements and refunds, each on the case timeline.
 */
package org.marketgov.aftersales;
