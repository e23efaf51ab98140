package org.marketgov.persistence.cases;

/** CMP-1, CMP-7: how a case reached the site; PHONE and EMAIL are recorded by STAFF. */
public enum CaseChannel {
    WEB,
    API,
    PHONE,
    EMAIL
}
