package org.marketgov.platform;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The default {@link NotificationSender}: sends nothing and writes one INFO line per
 * message instead. The line names the member by number or says that a case contact
 * was meant, and gives the subject; it never holds the contact itself or the body,
 * which may carry personal data.
 */
@ApplicationScoped
public class LoggedNotifications implements NotificationSender {

    private static final Logger LOG = Logger.getLogger(LoggedNotifications.class.getName());

    @Override
    public void send(Recipient to, String subject, String body) {
        if (to.isMember()) {
            LOG.log(Level.INFO, "outbound message for member {0} not sent (logging sender): {1}",
                    new Object[] {to.memberId(), subject});
        } else {
            LOG.log(Level.INFO, "outbound message for a case contact not sent (logging sender):"
                    + " {0}", subject);
        }
    }
}
