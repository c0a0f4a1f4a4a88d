package app.rounds.mail;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Random secrets all instances share without an operator making one: the first instance to ask writes it, a
 * concurrent second one loses the insert and reads the winner's.
 */
@ApplicationScoped
class SharedSecrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final DataSource dataSource;

    SharedSecrets(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    String get(String name) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO app_secret (name, value, created_at) VALUES (?, ?, now()) ON CONFLICT (name) DO NOTHING")) {
                insert.setString(1, name);
                insert.setString(2, Base64.getEncoder().encodeToString(bytes));
                insert.executeUpdate();
            }
            try (PreparedStatement select = connection.prepareStatement("SELECT value FROM app_secret WHERE name = ?")) {
                select.setString(1, name);
                try (ResultSet row = select.executeQuery()) {
                    row.next();
                    return row.getString(1);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the shared secret " + name, e);
        }
    }
}
