package app.rounds.account;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import app.rounds.common.error.NotAuthenticated;
import app.rounds.common.persistence.SqlReads;

/**
 * The caller's own account as one row read straight into its response, without loading the entity: {@code GET /me}
 * is the baseline every benchmark ratio is taken against, so it carries nothing it does not need.
 */
@ApplicationScoped
class AccountReads {

    private static final String OWN = """
            SELECT id, email, display_name, roles, email_verified_at IS NOT NULL AS email_verified, created_at
            FROM account WHERE id = :id""";
    private static final SqlReads.Columns COLUMNS = SqlReads.Columns.of("id", UUID.class)
            .text("email", "display_name", "roles").with("email_verified", Boolean.class)
            .with("created_at", Instant.class);
    private static final RolesConverter ROLES = new RolesConverter();

    private final SqlReads sql;

    AccountReads(SqlReads sql) {
        this.sql = sql;
    }

    AccountResponse own(UUID accountId) {
        return sql.list(OWN, COLUMNS, Map.of("id", accountId), row -> AccountResponse.of(row.uuid("id"),
                        row.text("email"), row.text("display_name"), ROLES.convertToEntityAttribute(row.text("roles")),
                        row.isTrue("email_verified"), row.instant("created_at")))
                .stream().findFirst()
                .orElseThrow(() -> new NotAuthenticated("The account of this token no longer exists"));
    }
}
