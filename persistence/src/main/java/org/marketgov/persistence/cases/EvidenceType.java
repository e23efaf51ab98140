package org.marketgov.persistence.cases;

import java.util.Arrays;
import java.util.Optional;

/**
 * CMP-1, CMP-4: the kinds of evidence file the site keeps: PNG and JPEG pictures and
 * PDF documents. A file's kind is read from its first bytes (its magic number), never
 * from its name or from the type the uploader declares, so a page or a script renamed
 * to {@code .png} is refused.
 */
public enum EvidenceType {
    PNG("image/png", new int[] {0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}),
    JPEG("image/jpeg", new int[] {0xFF, 0xD8, 0xFF}),
    PDF("application/pdf", new int[] {'%', 'P', 'D', 'F', '-'});

    private final String mediaType;
    private final int[] magic;

    EvidenceType(String mediaType, int[] magic) {
        this.mediaType = mediaType;
        this.magic = magic;
    }

    /** The kind whose magic number the content starts with, if any. */
    public static Optional<EvidenceType> sniff(byte[] content) {
        return Arrays.stream(values()).filter(t -> t.startsOf(content)).findFirst();
    }

    private boolean startsOf(byte[] content) {
        if (content == null || content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((content[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    public String mediaType() {
        return mediaType;
    }
}
