package org.marketgov.cases;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import org.marketgov.persistence.cases.CaseEvidence;
import org.marketgov.persistence.cases.EvidenceType;
import org.marketgov.platform.InvalidInput;

/**
 * CMP-1, CMP-4: which evidence files a case takes. A file is not empty, not larger
 * than the setting, and really a PNG, JPEG or PDF judged by its first bytes. Its name
 * is kept only as a hint for the download: reduced to letters, digits, dots, dashes
 * and underscores and given the extension of its real kind, so it can carry neither a
 * path nor a header break nor a misleading type.
 */
public final class EvidenceRules {

    /** CMP-1: files one case holds at most, which bounds what a case can store. */
    public static final int MAX_FILES = 20;

    private static final int MAX_NAME = 100;

    private EvidenceRules() {
    }

    /** The file as it will be kept, or the refusal citing {@code rule}. */
    public static CaseEvidence.File checked(String rule, String name, byte[] content,
            int maxBytes) {
        if (content == null || content.length == 0) {
            throw InvalidInput.of("file", "the request body is the file and must not be empty");
        }
        if (content.length > maxBytes) {
            throw new EvidenceRefused(rule, EvidenceRefused.Why.TOO_LARGE,
                    "evidence files are at most " + maxBytes + " bytes");
        }
        EvidenceType type = EvidenceType.sniff(content).orElseThrow(() -> new EvidenceRefused(
                rule, EvidenceRefused.Why.UNSUPPORTED_TYPE,
                "evidence files are PNG, JPEG or PDF"));

        return new CaseEvidence.File(type, fileName(name, type), sha256(content), content);
    }

    /** A safe download name with the extension of the file's real kind. */
    static String fileName(String given, EvidenceType type) {
        String base = given == null ? "" : given.strip();
        int slash = Math.max(base.lastIndexOf('/'), base.lastIndexOf('\\'));
        base = base.substring(slash + 1);
        int dot = base.lastIndexOf('.');
        base = (dot > 0 ? base.substring(0, dot) : base).replaceAll("[^A-Za-z0-9._-]", "_");
        base = base.replaceAll("^[._]+", "");
        if (base.isEmpty()) {
            base = "evidence";
        }
        String ext = "." + type.name().toLowerCase(Locale.ROOT);
        return base.substring(0, Math.min(base.length(), MAX_NAME - ext.length())) + ext;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    static String describe(CaseEvidence.File f) {
        return f.name() + " (" + f.type() + ", " + f.content().length + " bytes)";
    }
}
