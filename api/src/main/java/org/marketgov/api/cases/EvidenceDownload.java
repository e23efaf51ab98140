package org.marketgov.api.cases;

import jakarta.ws.rs.core.Response;
import org.marketgov.cases.CaseViews.EvidenceFile;

/**
 * CMP-1, CMP-4: how an evidence file leaves the site: always as an attachment of its
 * checked kind, with sniffing switched off and no caching, so a browser never runs or
 * renders it in the site's origin.
 */
final class EvidenceDownload {

    private EvidenceDownload() {
    }

    static Response of(EvidenceFile file) {
        return Response.ok(file.content(), file.contentType())
                .header("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .header("Cache-Control", "private, no-store")
                .build();
    }
}
