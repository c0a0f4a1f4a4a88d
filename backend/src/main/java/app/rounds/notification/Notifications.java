package app.rounds.notification;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import app.rounds.common.error.NotFound;
import app.rounds.common.paging.Cursor;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Writes and reads the in-app inbox; email delivery will hang off {@link #send} when mail exists. */
@ApplicationScoped
public class Notifications implements PanacheRepositoryBase<Notification, UUID> {

    private final Clock clock;

    Notifications(Clock clock) {
        this.clock = clock;
    }

    /** Joins the caller's transaction, so a notification exists exactly when the change it reports does. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void send(UUID accountId, NotificationKind kind, String message, UUID eventId) {
        send(accountId, kind, message, eventId, NotificationSubject.NONE);
    }

    /** As {@link #send(UUID, NotificationKind, String, UUID)}, naming whom and what the news is about. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void send(UUID accountId, NotificationKind kind, String message, UUID eventId, NotificationSubject subject) {
        persist(new Notification(accountId, kind.name(), message, eventId, subject, clock.instant()));
    }

    public long unreadCount(UUID accountId) {
        return count("accountId = ?1 and readAt is null", accountId);
    }

    /** Marks every unread notification of the account read in one statement; answers how many were. */
    @Transactional
    public int markAllRead(UUID accountId) {
        return update("readAt = ?1 where accountId = ?2 and readAt is null", clock.instant(), accountId);
    }

    public List<Notification> inbox(UUID accountId, Cursor after, int limit) {
        if (after == null) {
            return find("accountId = ?1 order by createdAt desc, id desc", accountId).range(0, limit - 1).list();
        }
        return find("accountId = ?1 and (createdAt < ?2 or (createdAt = ?2 and id < ?3)) order by createdAt desc, id desc",
                accountId, after.at(), after.id()).range(0, limit - 1).list();
    }

    /** Forgets notifications read before the cutoff; unread ones stay however old. */
    @Transactional
    public long forgetReadBefore(java.time.Instant cutoff) {
        return delete("readAt < ?1", cutoff);
    }

    @Transactional
    public Notification markRead(UUID accountId, UUID notificationId) {
        Notification notification = find("id = ?1 and accountId = ?2", notificationId, accountId).firstResultOptional()
                .orElseThrow(() -> new NotFound("Notification"));
        notification.markRead(clock.instant());
        return notification;
    }
}
