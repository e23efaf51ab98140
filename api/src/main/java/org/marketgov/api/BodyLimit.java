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
 * Refuses oversized bodies without holding them in memory. A declared length over the
 * limit is refused before parsing; a moderately large body is first read and thrown
 * away, because clients that are still sending when the server answers often never see
 * the answer. An undeclared (chunked) body is refused as soon as it passes the limit.
 */
@Provider
@PreMatching
public class BodyLimit implements ContainerRequestFilter {

    static final long LIMIT = 64 * 1024;
    private static final long DRAIN_LIMIT = 4 * 1024 * 1024;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        if (request.getLength() > LIMIT) {
            if (request.getLength() <= DRAIN_LIMIT) {
                request.getEntityStream().transferTo(OutputStream.nullOutputStream());
            }
            throw new BodyTooLarge(LIMIT);
        }
        request.setEntityStream(new Bounded(request.getEntityStream()));
    }

    private static final class Bounded extends FilterInputStream {

        private long read;

        Bounded(InputStream in) {
            super(in);
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
            if (read > LIMIT) {
                throw new BodyTooLarge(LIMIT);
            }
        }
    }
}
