package org.marketgov.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.marketgov.api.problems.BodyTooLarge;

/**
 * Refuses oversized bodies without holding them in memory. JSON bodies are limited to
 * {@value #LIMIT} bytes; an evidence upload ({@code POST .../evidence}, CMP-1, CMP-4)
 * to {@value #EVIDENCE_LIMIT}, a transport cap above the site setting that the cases
 * system then applies. A declared length over the
 * limit is refused before parsing; a moderately large body is first read and thrown
 * away, because clients that are still sending when the server answers often never see
 * the answer. An undeclared (chunked) body is refused as soon as it passes the limit.
 */
@Provider
@PreMatching
public class BodyLimit implements ContainerRequestFilter {

    static final long LIMIT = 64 * 1024;
    static final long EVIDENCE_LIMIT = 8 * 1024 * 1024;
    private static final long DRAIN_LIMIT = 4 * 1024 * 1024;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        long limit = isEvidenceUpload(request) ? EVIDENCE_LIMIT : LIMIT;
        if (request.getLength() > limit) {
            if (request.getLength() <= limit + DRAIN_LIMIT) {
                request.getEntityStream().transferTo(OutputStream.nullOutputStream());
            }
            throw new BodyTooLarge(limit);
        }
        request.setEntityStream(new Bounded(request.getEntityStream(), limit));
    }

    private static boolean isEvidenceUpload(ContainerRequestContext request) {
        return "POST".equals(request.getMethod())
                && request.getUriInfo().getPath().endsWith("/evidence");
    }

    private static final class Bounded extends FilterInputStream {

        private final long limit;
        private long read;

        Bounded(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > limit) {
                throw new BodyTooLarge(limit);
            }
        }
    }
}
