package app.rounds.followup;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import app.rounds.common.error.InvalidInput;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** The kinds of follow-up task, read from their table. */
@ApplicationScoped
public class FollowUpKinds implements PanacheRepositoryBase<FollowUpKind, String> {

    public List<FollowUpKind> all() {
        return list("order by position");
    }

    public List<FollowUpKind> defaultPlan() {
        return list("inDefaultPlan = true order by position");
    }

    /** The kind with this code; anything else is the client's mistake. */
    public FollowUpKind require(String code) {
        return findByIdOptional(code == null ? "" : code.strip().toUpperCase())
                .orElseThrow(() -> new InvalidInput("kind", "is not a follow-up kind from GET /follow-up-kinds"));
    }
}
