package app.rounds.common.persistence;

import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.hibernate.Session;
import org.hibernate.query.NativeQuery;

/**
 * Plain SQL reads for hot lists, as Hibernate native queries whose result columns are declared once, by alias and Java
 * type ({@link Columns}). Declared columns spare Hibernate the driver's result set metadata on every execution, and
 * each row is read by column name through one index shared by every row, where a JPA {@code Tuple} builds two maps
 * per row. The statement runs on the session's connection, joins the current transaction and counts in Hibernate's
 * statistics like any other query. Parameters are named ({@code :event}); an array value binds as one SQL array, so
 * {@code = ANY (:owners)} keeps one statement text whatever the number of owners.
 */
@ApplicationScoped
public class SqlReads {

    private final EntityManager entityManager;

    SqlReads(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public <T> List<T> list(String sql, Columns columns, Map<String, ?> parameters, Function<Row, T> mapper) {
        NativeQuery<Object[]> query = entityManager.unwrap(Session.class).createNativeQuery(sql, Object[].class);
        columns.types.forEach(query::addScalar);
        parameters.forEach(query::setParameter);
        return query.setTupleTransformer((values, aliases) -> mapper.apply(new Row(columns, values))).getResultList();
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
