package app.rounds.bulk;

import io.smallrye.config.ConfigMapping;

@ConfigMapping(prefix = "rounds.imports")
public interface ImportConfig {

    /** The largest CSV file an import takes, in bytes; RequestGuard refuses a larger declared body before it is read. */
    long maxFileBytes();

    /** The most data rows one file may hold. */
    int maxRows();

    /** How often each instance looks for rows to import (a scheduler interval such as {@code 1s}). */
    String every();
}
