package app.rounds.connection;

/**
 * Plain SQL over connections for features that read them without the entity, as {@code StatusAt} does for
 * introductions: they ask for "the viewer's connections" or "the connected pairs among these accounts" instead of
 * naming this feature's table and its low/high pair columns. Both are served by the connection pair indexes.
 */
public final class ConnectionQueries {

    /** The accounts connected to {@code :viewer}, from any event. Column: {@code other}. */
    public static final String CONNECTED_TO_VIEWER = """
            (SELECT CASE WHEN account_low = :viewer THEN account_high ELSE account_low END AS other
             FROM connection WHERE account_low = :viewer OR account_high = :viewer)""";

    private ConnectionQueries() {
    }

    /**
     * The connected pairs both of whose accounts are among {@code accounts} (a sub-select of one account id column),
     * each once with the lower id first. Columns: {@code low, high}.
     */
    public static String pairsAmong(String accounts) {
        return """
                (SELECT account_low AS low, account_high AS high FROM connection
                 WHERE account_low IN (%1$s) AND account_high IN (%1$s))""".formatted(accounts);
    }
}
