package app.rounds.account;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import app.rounds.common.error.Conflict;
import app.rounds.common.error.NotAllowed;
import app.rounds.common.error.NotFound;

/**
 * Who organizes: organizers grant and remove the role. Every change locks all organizers' rows first, so two
 * organizers removing each other at once queue behind one another and the second sees the first's result: the
 * company is never left without an organizer.
 */
@ApplicationScoped
public class AccountRoles {

    private final AccountRepository accounts;

    AccountRoles(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Transactional
    public List<Account> organizers() {
        return accounts.organizers();
    }

    @Transactional
    public List<Account> withEmail(String email) {
        return accounts.findByEmail(email).stream().toList();
    }

    /**
     * Replaces the account's roles. A caller whose own role was removed meanwhile is refused, and so is a change that
     * would leave no organizer. Takes effect in the account's tokens at their next refresh (minutes).
     */
    @Transactional
    public Account replace(UUID caller, UUID accountId, Set<Role> roles) {
        List<Account> organizers = accounts.lockOrganizers();
        if (organizers.stream().noneMatch(organizer -> organizer.id().equals(caller))) {
            throw new NotAllowed("Only organizers can grant or remove roles");
        }
        Account account = accounts.lockById(accountId).orElseThrow(() -> new NotFound("Account"));
        boolean losesOrganizer = account.hasRole(Role.ORGANIZER) && !roles.contains(Role.ORGANIZER);
        if (losesOrganizer && organizers.size() == 1) {
            throw new Conflict(account.id().equals(caller)
                    ? "You are the last organizer; grant the role to someone else before removing your own"
                    : "This is the last organizer; grant the role to someone else first");
        }
        account.replaceRoles(roles);
        return account;
    }
}
