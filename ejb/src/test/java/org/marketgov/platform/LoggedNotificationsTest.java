package org.marketgov.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.marketgov.platform.NotificationSender.Recipient;

class LoggedNotificationsTest {

    private final Logger log = Logger.getLogger(LoggedNotifications.class.getName());
    private final List<String> lines = new ArrayList<>();
    private final Handler capture = new Handler() {
        private final SimpleFormatter format = new SimpleFormatter();

        @Override
        public void publish(LogRecord r) {
            lines.add(format.formatMessage(r));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listen() {
        log.addHandler(capture);
    }

    @AfterEach
    void stopListening() {
        log.removeHandler(capture);
    }

    @Test
    @DisplayName("CMP-7 the default sender logs one line per message, without the contact or"
            + " the body")
    void oneLineWithoutPersonalData() {
        NotificationSender sender = new LoggedNotifications();

        sender.send(Recipient.contact("li.lei@example.com"), "Answer to your question Q-7",
                "Call 13912345678 about your escrow");
        sender.send(Recipient.member(42), "Penalty: WARNING", "For accusation 9");

        assertEquals(2, lines.size(), lines::toString);
        assertTrue(lines.get(0).contains("Q-7"), lines::toString);
        assertFalse(lines.get(0).contains("li.lei") || lines.get(0).contains("139"),
                lines::toString);
        assertTrue(lines.get(1).contains("42") && !lines.get(1).contains("accusation 9"),
                lines::toString);
    }

    @Test
    @DisplayName("CMP-7 a message goes to a member or to a contact, never to both or none")
    void recipientIsOneOfTwo() {
        assertThrows(IllegalArgumentException.class, () -> new Recipient(1L, "a@example.com"));
        assertThrows(IllegalArgumentException.class, () -> new Recipient(null, " "));
        assertTrue(Recipient.member(1).isMember());
        assertFalse(Recipient.contact("a@example.com").isMember());
    }
}
