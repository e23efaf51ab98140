package org.marketgov.platform;

/**
 * Carries a message to someone outside the site: an e-mail or a text message to a
 * member, or to the contact a visitor left with a case. The in-site {@link Inbox} hands
 * every message to it once the change that caused the message has committed, so a
 * refused or rolled-back change never reaches anybody.
 *
 * <p>The default {@link LoggedNotifications} only writes one log line per message,
 * which is what a development or test server wants. A deployment that really sends
 * supplies its own implementation as a CDI alternative ({@code @Alternative} with a
 * {@code @Priority}, or listed under {@code <alternatives>} in {@code beans.xml}); the
 * callers do not change.
 */
public interface NotificationSender {

    /** Sends one message; a failure is the sender's to log, never the caller's. */
    void send(Recipient to, String subject, String body);

    /**
     * Who a message is for: a member, reached through the addresses the sender knows
     * for them, or a free contact (an e-mail address or phone number) left with a case
     * by someone without an account. Exactly one of the two is set.
     */
    record Recipient(Long memberId, String contact) {

        public Recipient {
            if ((memberId == null) == (contact == null || contact.isBlank())) {
                throw new IllegalArgumentException("a recipient is a member or a contact");
            }
        }

        public static Recipient member(long memberId) {
            return new Recipient(memberId, null);
        }

        public static Recipient contact(String contact) {
            return new Recipient(null, contact);
        }

        public boolean isMember() {
            return memberId != null;
        }
    }

    /** A message waiting for its transaction to commit before it is sent. */
    record Outgoing(Recipient to, String subject, String body) {
    }
}
