package app.rounds.common.config;

import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.config.spi.ConfigSource;

import io.quarkus.runtime.ExecutionMode;

/**
 * A configuration source asked after every other one (environment, system properties, application.properties), for
 * settings that Rounds supplies itself when nobody configured them: the embedded dev/test database and mail server.
 * It lists no properties, so nothing enumerates it by accident; it answers only {@link #getValue} for its own names.
 */
public abstract class FallbackConfigSource implements ConfigSource {

    /** Below Quarkus' own defaults (100) and every other source. */
    public static final int ORDINAL = 10;

    @Override
    public Set<String> getPropertyNames() {
        return Set.of();
    }

    @Override
    public Map<String, String> getProperties() {
        return Map.of();
    }

    @Override
    public int getOrdinal() {
        return ORDINAL;
    }

    /** The build reads configuration too; only the running application needs a server (or a refusal to start). */
    protected static boolean atRuntime() {
        ExecutionMode mode = ExecutionMode.current();
        return mode == ExecutionMode.RUNTIME_INIT || mode == ExecutionMode.RUNNING;
    }
}
