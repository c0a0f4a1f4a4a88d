package app.rounds.account;

import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtSignatureBuilder;

/** Issues the short-lived RS256 access tokens that the API accepts as bearer tokens. */
@ApplicationScoped
public class AccessTokens {

    private final AuthConfig config;

    AccessTokens(AuthConfig config) {
        this.config = config;
    }

    public String issue(Account account) {
        JwtSignatureBuilder signature = Jwt.issuer(config.issuer())
                .audience(config.audience())
                .subject(account.id().toString())
                .upn(account.email())
                .groups(account.roles().stream().map(Role::name).collect(Collectors.toSet()))
                .expiresIn(config.accessTokenLifetime())
                .jws()
                .algorithm(io.smallrye.jwt.algorithm.SignatureAlgorithm.RS256);
        return config.keyId().filter(kid -> !kid.isBlank()).map(signature::keyId).orElse(signature).sign();
    }

    public long lifetimeSeconds() {
        return config.accessTokenLifetime().toSeconds();
    }
}
