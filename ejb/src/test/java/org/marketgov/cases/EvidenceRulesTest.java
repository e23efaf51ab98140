package org.marketgov.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.marketgov.persistence.cases.CaseEvidence;
import org.marketgov.persistence.cases.EvidenceType;
import org.marketgov.platform.InvalidInput;

class EvidenceRulesTest {

    private static final byte[] PDF = "%PDF-1.7 body".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 1};

    @Test
    @DisplayName("CMP-1 a file's kind comes from its first bytes, not from its name")
    void sniffed() {
        CaseEvidence.File f = EvidenceRules.checked("CMP-1", "scan.png", JPEG, 100);

        assertEquals(EvidenceType.JPEG, f.type());
        assertEquals("scan.jpeg", f.name());
        assertEquals(EvidenceType.PDF, EvidenceRules.checked("CMP-1", null, PDF, 100).type());
    }

    @Test
    @DisplayName("CMP-1 HTML dressed as a picture is refused as an unsupported type")
    void htmlRefused() {
        byte[] html = "<svg onload=alert(1)>".getBytes(StandardCharsets.US_ASCII);

        EvidenceRefused e = assertThrows(EvidenceRefused.class,
                () -> EvidenceRules.checked("CMP-4", "x.png", html, 100));

        assertEquals(EvidenceRefused.Why.UNSUPPORTED_TYPE, e.why());
        assertEquals("CMP-4", e.rule());
    }

    @Test
    @DisplayName("CMP-1 a file over the size setting is refused as too large; an empty one"
            + " is invalid")
    void sizes() {
        assertEquals(EvidenceRefused.Why.TOO_LARGE, assertThrows(EvidenceRefused.class,
                () -> EvidenceRules.checked("CMP-1", "a.pdf", PDF, PDF.length - 1)).why());
        assertThrows(InvalidInput.class, () -> EvidenceRules.checked("CMP-1", "a.pdf",
                new byte[0], 100));
    }

    @Test
    @DisplayName("CMP-1 a download name carries no path, no header break and no hidden dot")
    void names() {
        assertEquals("passwd.pdf", EvidenceRules.fileName("../../etc/passwd", EvidenceType.PDF));
        assertEquals("a__b.png", EvidenceRules.fileName("a\r\nb.exe", EvidenceType.PNG));
        assertEquals("evidence.pdf", EvidenceRules.fileName("..", EvidenceType.PDF));
    }
}
