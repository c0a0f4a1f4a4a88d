package app.rounds.connection;

/**
 * Two attendees have just connected at an event. Fired synchronously inside the transaction that made the
 * connection, so what other features attach to it (a follow-up plan) commits or rolls back with it.
 */
public record ConnectionMade(Connection connection) {
}
