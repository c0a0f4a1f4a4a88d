package app.rounds.integration;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** An integration key taken from {@code Authorization: Bearer rnd_...}, not yet checked. */
final class IntegrationKeyRequest extends BaseAuthenticationRequest {

    private final String key;

    IntegrationKeyRequest(String key) {
        this.key = key;
    }

    String key() {
        return key;
    }
}
