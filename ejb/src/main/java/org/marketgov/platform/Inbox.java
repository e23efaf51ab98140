package org.marketgov.platform;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.marketgov.persistence.platform.Notification;
import org.marketgov.platform.NotificationSender.Outgoing;
import org.marketgov.platform.NotificationSender.Recipient;

/**
 * The in-site inbox through which the site tells members of decisions about them.
 * Every message is also handed to the outbound {@link NotificationSender} (e-mail or
 * text message) once its transaction commits; someone without an account, such as a
 * visitor who asked a question, is reached only that way, at the contact they left.
 */
@Stateless
@PermitAll
public class Inbox {

    private static final Logger LOG = Logger.getLogger(Inbox.class.getName());

    @PersistenceContext(unitName = "market")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private Event<Outgoing> outbound;

    /** A message as the member reads it. */
    public record Message(long id, String subject, String body, OffsetDateTime at, boolean read) {
    }

    /** Leaves a message in the member's inbox and sends it out after the commit. */
    public void notify(long memberId, String subject, String body) {
        em.persist(new Notification(memberId, subject, body, OffsetDateTime.now(clock)));
        outbound.fire(new Outgoing(Recipient.member(memberId), subject, body));

        LOG.log(Level.INFO, "member {0} notified: {1}", new Object[] {memberId, subject});
    }

    /**
     * Sends a message, after the commit, to a contact left by someone who has no inbox
     * here. The contact is not logged.
     */
    public void notifyContact(String contact, String subject, String body) {
        outbound.fire(new Outgoing(Recipient.contact(contact), subject, body));

        LOG.log(Level.INFO, "case contact notified: {0}", subject);
    }

    public List<Message> messagesOf(long memberId) {
        return em.createQuery("select n from Notification n where n.memberId = :m"
                        + " order by n.createdAt desc, n.id desc", Notification.class)
                .setParameter("m", memberId)
                .setMaxResults(200)
                .getResultStream()
                .map(n -> new Message(n.id(), n.subject(), n.body(), n.createdAt(),
                        n.readAt() != null))
                .toList();
    }
}
