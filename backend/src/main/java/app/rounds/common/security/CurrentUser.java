package app.rounds.common.security;

import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import app.rounds.common.error.NotAuthenticated;

/** Who is calling, as the verified access token says; no database read. */
@RequestScoped
public class CurrentUser {

    /** The role of organizer-only operations: {@code @RolesAllowed(CurrentUser.ORGANIZER)}, refused with a 403 problem. */
    public static final String ORGANIZER = "ORGANIZER";

    @Inject
    JsonWebToken token;

    public UUID id() {
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
        return token != null && token.getGroups() != null && token.getGroups().contains(ORGANIZER);
    }
}
