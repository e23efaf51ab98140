package org.marketgov.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.marketgov.platform.NotificationSender.Outgoing;

/**
 * Hands the inbox's messages to the {@link NotificationSender} only after the
 * transaction that wrote them has committed: a decision that rolls back must not have
 * told anyone. Outside a transaction the message goes at once.
 */
@ApplicationScoped
public class OutboundPost {

    @Inject
    private NotificationSender sender;

    void deliver(@Observes(during = TransactionPhase.AFTER_SUCCESS) Outgoing message) {
        sender.send(message.to(), message.subject(), message.body());
    }
}
