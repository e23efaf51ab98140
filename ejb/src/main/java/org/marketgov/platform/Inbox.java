package org.marketgov.platform;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.logging.Logger;
import org.marketgov.persistence.platform.Notification;

/** The in-site inbox through which the site tells members of decisions about them. */
@Stateless
@PermitAll
public class Inbox {

    private static final Logger LOG = Logger.getLogger(Inbox.class.getName());

    @PersistenceContext(unitName = "market")
    private EntityManager em;

    @Inject
    private Clock clock;

    /** A message as the member reads it. */
    public record Message(long id, String subject, String body, OffsetDateTime at, boolean read) {
    }

    public void notify(long memberId, String subject, String body) {
        em.persist(new Notification(memberId, subject, body, OffsetDateTime.now(clock)));
        LOG.log(java.util.logging.Level.INFO, "member {0} notified: {1}",
                new Object[] {memberId, subject});
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
