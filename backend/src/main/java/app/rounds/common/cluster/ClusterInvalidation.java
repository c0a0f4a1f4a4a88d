package app.rounds.common.cluster;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Tells every instance of the service that an event's or an account's cached data changed, through PostgreSQL
 * LISTEN/NOTIFY (no other server needed). An announcement is a NOTIFY in the changing transaction, so PostgreSQL
 * delivers it after the commit and never after a rollback. Each instance listens on a connection of its own and
 * hands what it hears to every {@link LocalEventCache}; after (re)connecting it drops all their entries, since
 * announcements sent while it was not listening are lost.
 */
@ApplicationScoped
public class ClusterInvalidation {

    private static final Logger LOG = Logger.getLogger(ClusterInvalidation.class);
    private static final String CHANNEL = "rounds_cache_invalidation";
    private static final String EVENT = "event:";
    private static final String ACCOUNT = "account:";
    private static final Duration RECONNECT_AFTER = Duration.ofSeconds(1);
    private static final int POLL_MILLIS = 2_000;

    private final EntityManager entityManager;
    private final Instance<LocalEventCache> caches;
    private final String url;
    private final Optional<String> username;
    private final Optional<String> password;
    private volatile boolean running;
    private Thread listener;

    ClusterInvalidation(EntityManager entityManager, @Any Instance<LocalEventCache> caches,
                        @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
                        @ConfigProperty(name = "quarkus.datasource.username") Optional<String> username,
                        @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.entityManager = entityManager;
        this.caches = caches;
        this.url = url;
        this.username = username;
        this.password = password;
    }

    /** Announces, on commit of the current transaction (or at once without one), that the event's cached data changed. */
    @Transactional
    public void eventChanged(UUID eventId) {
        announce(EVENT + eventId);
    }

    /** Announces, on commit of the current transaction (or at once without one), that data showing the account changed. */
    @Transactional
    public void accountChanged(UUID accountId) {
        announce(ACCOUNT + accountId);
    }

    private void announce(String payload) {
        entityManager.createNativeQuery("select pg_notify(?1, ?2)").setParameter(1, CHANNEL).setParameter(2, payload)
                .getSingleResult();
    }

    void start(@Observes StartupEvent start) {
        running = true;
        listener = new Thread(this::listen, "cache-invalidation-listener");
        listener.setDaemon(true);
        listener.start();
    }

    void stop(@Observes ShutdownEvent stop) {
        running = false;
        if (listener != null) {
            listener.interrupt();
        }
    }

    private void listen() {
        while (running) {
            try (Connection connection = DriverManager.getConnection(url, username.orElse(null), password.orElse(null))) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                caches.forEach(LocalEventCache::invalidateAll);
                PGConnection notifications = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] received = notifications.getNotifications(POLL_MILLIS);
                    if (received != null) {
                        for (PGNotification notification : received) {
                            apply(notification.getParameter());
                        }
                    }
                }
            } catch (SQLException e) {
                if (running) {
                    LOG.warnf("Cache invalidation listener lost its connection (%s); reconnecting", e.getMessage());
                    pause();
                }
            } catch (RuntimeException e) {
                LOG.error("Cache invalidation listener failed; restarting it", e);
                pause();
            }
        }
    }

    private void apply(String payload) {
        try {
            if (payload.startsWith(EVENT)) {
                UUID eventId = UUID.fromString(payload.substring(EVENT.length()));
                caches.forEach(cache -> cache.invalidateEvent(eventId));
            } else if (payload.startsWith(ACCOUNT)) {
                UUID accountId = UUID.fromString(payload.substring(ACCOUNT.length()));
                caches.forEach(cache -> cache.invalidateAccount(accountId));
            }
        } catch (IllegalArgumentException notOurs) {
            LOG.warn("Ignored a cache invalidation that is not an event or account id");
        }
    }

    private void pause() {
        try {
            Thread.sleep(RECONNECT_AFTER.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
