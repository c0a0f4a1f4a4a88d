package app.rounds.integration.changes;

import jakarta.enterprise.context.RequestScoped;

import app.rounds.common.error.NotAllowed;
import app.rounds.common.security.ApiScope;
import app.rounds.common.security.CurrentUser;

/**
 * Who the caller is, as a change audience: the seam where an integration key's scopes become what it may see. Today
 * only organizers (signed in with Rounds' own token) read the feed, and they see every kind.
 */
@RequestScoped
public class ChangeAudiences {

    private final CurrentUser caller;

    ChangeAudiences(CurrentUser caller) {
        this.caller = caller;
    }

    public ChangeAudience current() {
        if (caller.integration().isPresent()) {
            return ChangeAudience.ofScopes(caller.integration().get().scopes().stream().map(ApiScope::value).toList());
        }
        if (!caller.isOrganizer()) {
            throw new NotAllowed("Only organizers and integration keys read the change feed");
        }
        return ChangeAudience.everything();
    }
}
