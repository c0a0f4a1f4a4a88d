package app.rounds.common.security;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import app.rounds.common.error.NotAuthenticated;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who is calling, as the verified access token says (no database read), or the integration client whose key
 * authenticated the request. An integration acts for the organizing company: it gets the organizer's view of what
 * its scopes open (contact details aside, see ProfileDirectory), and its id is the client's, which names no account.
 */
@RequestScoped
public class CurrentUser {

    /** The role of organizer-only operations: {@code @RolesAllowed(CurrentUser.ORGANIZER)}, refused with a 403 problem. */
    public static final String ORGANIZER = "ORGANIZER";

    @Inject
    JsonWebToken token;

    @Inject
    SecurityIdentity identity;

    public UUID id() {
        Optional<IntegrationCaller> integration = integration();
        if (integration.isPresent()) {
            return integration.get().clientId();
        }
        if (token == null || token.getSubject() == null) {
            throw new NotAuthenticated("A valid bearer token is required");
        }
        try {
            return UUID.fromString(token.getSubject());
        } catch (IllegalArgumentException e) {
            throw new NotAuthenticated("The token does not name an account");
        }
    }

    public boolean isOrganizer() {
        // The token is asked only for accounts: for any other principal, reading it throws.
        return isIntegration() || token != null && token.getGroups() != null && token.getGroups().contains(ORGANIZER);
    }

    public boolean isIntegration() {
        return integration().isPresent();
    }

    public Optional<IntegrationCaller> integration() {
        return identity == null || identity.isAnonymous() ? Optional.empty()
                : Optional.ofNullable(identity.getAttribute(IntegrationCaller.ATTRIBUTE));
    }
}
