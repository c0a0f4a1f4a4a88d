package app.rounds.common.persistence;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.hibernate.Session;

/**
 * Plain SQL reads for hot lists, run through Hibernate's {@link Session#doReturningWork} on the session's connection,
 * so they join the current transaction. Hot lists are read-only, so the statement skips the query plan cache and the
 * auto-flush check a native query pays on every execution. Result columns are declared once, by alias and Java type
 * ({@link Columns}), and each row is read by column name through one index per result set. Parameters are named
 * ({@code :event}); an array value binds as one SQL array, so {@code = ANY (:owners)} keeps one statement text whatever
 * the number of owners. Statements run here are counted ({@link #statementsRun()}), as Hibernate's statistics do not
 * see them.
 */
@ApplicationScoped
public class SqlReads {

    private static final Pattern NAMED_PARAMETER = Pattern.compile("(?<![:\\w]):([a-zA-Z][a-zA-Z0-9]*)");

    private final EntityManager entityManager;
    private final Map<String, Statement> statements = new ConcurrentHashMap<>();
    private final LongAdder statementsRun = new LongAdder();

    SqlReads(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public <T> List<T> list(String sql, Columns columns, Map<String, ?> parameters, Function<Row, T> mapper) {
        Statement statement = statements.computeIfAbsent(sql, Statement::parse);
        statementsRun.increment();
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement prepared = connection.prepareStatement(statement.jdbcText)) {
                statement.bind(prepared, connection, parameters);
                try (ResultSet results = prepared.executeQuery()) {
                    int[] positions = columns.positionsIn(results);
                    List<T> rows = new ArrayList<>();
                    while (results.next()) {
                        rows.add(mapper.apply(new Row(columns, columns.read(results, positions))));
                    }
                    return rows;
                }
            }
        });
    }

    /** How many statements this has run since start: the test suite's statement budgets add it to Hibernate's count. */
    public long statementsRun() {
        return statementsRun.sum();
    }

    /** A statement text with its named parameters replaced by JDBC's positional ones, parsed once per text. */
    private record Statement(String jdbcText, List<String> parameterNames) {

        static Statement parse(String sql) {
            List<String> names = new ArrayList<>();
            Matcher matcher = NAMED_PARAMETER.matcher(sql);
            StringBuilder jdbcText = new StringBuilder();
            while (matcher.find()) {
                names.add(matcher.group(1));
                matcher.appendReplacement(jdbcText, "?");
            }
            matcher.appendTail(jdbcText);
            return new Statement(jdbcText.toString(), List.copyOf(names));
        }

        void bind(PreparedStatement prepared, Connection connection, Map<String, ?> parameters) throws SQLException {
            for (int index = 0; index < parameterNames.size(); index++) {
                String name = parameterNames.get(index);
                if (!parameters.containsKey(name)) {
                    throw new IllegalArgumentException("No value for parameter :" + name);
                }
                prepared.setObject(index + 1, jdbcValue(parameters.get(name), connection));
            }
        }

        private static Object jdbcValue(Object value, Connection connection) throws SQLException {
            if (value instanceof Instant instant) {
                return instant.atOffset(ZoneOffset.UTC);
            }
            if (value instanceof UUID[] ids) {
                return connection.createArrayOf("uuid", ids);
            }
            if (value instanceof String[] texts) {
                return connection.createArrayOf("text", texts);
            }
            if (value instanceof Enum<?> constant) {
                return constant.name();
            }
            return value;
        }
    }

    /**
     * The result columns of a statement: each alias (as the SQL names it) with the Java type it is read as. Immutable:
     * each {@code with} gives new columns, so statements can share a common start.
     */
    public static final class Columns {

        private final Map<String, Class<?>> types;
        private final Map<String, Integer> positions = new HashMap<>();

        private Columns(Map<String, Class<?>> types) {
            this.types = types;
            types.keySet().forEach(alias -> positions.put(alias, positions.size()));
        }

        public static Columns of(String alias, Class<?> type) {
            return new Columns(Map.of()).with(alias, type);
        }

        public Columns with(String alias, Class<?> type) {
            Map<String, Class<?>> more = new LinkedHashMap<>(types);
            if (more.putIfAbsent(alias, type) != null) {
                throw new IllegalArgumentException("Column " + alias + " is declared twice");
            }
            return new Columns(more);
        }

        /** Columns read as text (codes, enum names, free text). */
        public Columns text(String... aliases) {
            return withAll(String.class, aliases);
        }

        /** Columns of type {@code text[]}. */
        public Columns textArrays(String... aliases) {
            return withAll(String[].class, aliases);
        }

        private Columns withAll(Class<?> type, String... aliases) {
            Columns columns = this;
            for (String alias : aliases) {
                columns = columns.with(alias, type);
            }
            return columns;
        }

        private int[] positionsIn(ResultSet results) throws SQLException {
            int[] inResults = new int[types.size()];
            int index = 0;
            for (String alias : types.keySet()) {
                inResults[index++] = results.findColumn(alias);
            }
            return inResults;
        }

        private Object[] read(ResultSet results, int[] positionsInResults) throws SQLException {
            Object[] values = new Object[positionsInResults.length];
            int index = 0;
            for (Class<?> type : types.values()) {
                values[index] = value(results, positionsInResults[index], type);
                index++;
            }
            return values;
        }

        private static Object value(ResultSet results, int column, Class<?> type) throws SQLException {
            if (type == Instant.class) {
                OffsetDateTime time = results.getObject(column, OffsetDateTime.class);
                return time == null ? null : time.toInstant();
            }
            if (type == String[].class) {
                Array array = results.getArray(column);
                return array == null ? null : (String[]) array.getArray();
            }
            Object value = results.getObject(column, type);
            return results.wasNull() ? null : value;
        }

        int position(String alias) {
            Integer position = positions.get(alias);
            if (position == null) {
                throw new IllegalArgumentException("No column " + alias + " is declared; declared: " + types.keySet());
            }
            return position;
        }
    }

    /** One result row, read by column alias. */
    public static final class Row {

        private final Columns columns;
        private final Object[] values;

        private Row(Columns columns, Object[] values) {
            this.columns = columns;
            this.values = values;
        }

        public <T> T get(String alias, Class<T> type) {
            return type.cast(values[columns.position(alias)]);
        }

        public boolean isNull(String alias) {
            return values[columns.position(alias)] == null;
        }

        public String text(String alias) {
            return get(alias, String.class);
        }

        public UUID uuid(String alias) {
            return get(alias, UUID.class);
        }

        public Instant instant(String alias) {
            return get(alias, Instant.class);
        }

        public boolean isTrue(String alias) {
            return Boolean.TRUE.equals(get(alias, Boolean.class));
        }

        public int integer(String alias) {
            return get(alias, Integer.class);
        }

        public long count(String alias) {
            return get(alias, Long.class);
        }

        /** A {@code text[]} column; an SQL null (no profile row joined) reads as an empty list. */
        public List<String> texts(String alias) {
            String[] array = get(alias, String[].class);
            return array == null ? List.of() : Arrays.asList(array);
        }

        public <E extends Enum<E>> E enumerated(String alias, Class<E> type) {
            String name = text(alias);
            return name == null ? null : Enum.valueOf(type, name);
        }
    }
}
