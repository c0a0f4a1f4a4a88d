package app.rounds.attendee;

import io.smallrye.config.ConfigMapping;

@ConfigMapping(prefix = "rounds.profile")
public interface ProfileConfig {

    /** ISO 3166 region assumed for a cell number written without its +country code. */
    String defaultPhoneRegion();
}
