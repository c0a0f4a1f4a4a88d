package app.rounds.common.web;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.StartupEvent;

/**
 * Stops start-up when forwarded headers would be believed from anyone: Quarkus trusts every peer when no trusted
 * proxy is listed, and any client could then pick the address its attempts are counted against.
 */
@Singleton
public class ProxyConfigCheck {

    void onStart(@Observes StartupEvent start,
                 @ConfigProperty(name = "quarkus.http.proxy.proxy-address-forwarding") boolean forwarding,
                 @ConfigProperty(name = "quarkus.http.proxy.trusted-proxies") Optional<List<String>> trustedProxies) {
        if (forwarding && trustedProxies.filter(list -> !list.isEmpty()).isEmpty()) {
            throw new IllegalStateException("ROUNDS_BEHIND_PROXY is on but ROUNDS_TRUSTED_PROXIES is empty: list the proxies'"
                    + " addresses or CIDR ranges (e.g. 10.0.0.5,10.1.0.0/16), whose X-Forwarded-For alone is believed");
        }
    }
}
