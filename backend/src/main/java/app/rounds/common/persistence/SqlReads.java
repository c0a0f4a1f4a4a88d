package app.rounds.common.persistence;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.hibernate.engine.jdbc.spi.JdbcCoordinator;
import org.hibernate.engine.spi.SharedSessionContractImplementor;

/**
 * Plain SQL reads for hot list endpoints, where mapping rows by column index costs a fraction of a native query's
 * tuples. The statement still runs on the session's connection and through Hibernate's statement preparer, so it
 * joins the current transaction and counts in Hibernate's statistics like any other query.
 */
@ApplicationScoped
public class SqlReads {

    @FunctionalInterface
    public interface Parameters {
        void bind(PreparedStatement statement) throws SQLException;
    }

    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    private final EntityManager entityManager;

    SqlReads(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public <T> List<T> list(String sql, Parameters parameters, RowMapper<T> mapper) {
        SharedSessionContractImplementor session = entityManager.unwrap(SharedSessionContractImplementor.class);
        JdbcCoordinator jdbc = session.getJdbcCoordinator();
        PreparedStatement statement = jdbc.getStatementPreparer().prepareStatement(sql);
        try {
            parameters.bind(statement);
            ResultSet rows = jdbc.getResultSetReturn().extract(statement, sql);
            List<T> found = new ArrayList<>();
            while (rows.next()) {
                found.add(mapper.map(rows));
            }
            return found;
        } catch (SQLException failure) {
            throw session.getJdbcServices().getSqlExceptionHelper().convert(failure, "Reading rows", sql);
        } finally {
            jdbc.getLogicalConnection().getResourceRegistry().release(statement);
            jdbc.afterStatementExecution();
        }
    }
}
