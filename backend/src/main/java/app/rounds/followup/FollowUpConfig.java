package app.rounds.followup;

import java.time.Duration;
import java.time.LocalTime;
import java.time.Period;

import io.smallrye.config.ConfigMapping;

@ConfigMapping(prefix = "rounds.follow-ups")
public interface FollowUpConfig {

    /** How long after the event's last day a new plan falls due ("follow up within a week"). */
    Period dueAfter();

    /** The wall-clock time, in the event's time zone, at which a new plan falls due. */
    LocalTime dueAt();

    /** How often the follow-up digests are looked for (once per period across instances). */
    Duration reminderSweep();

    /** How long after start the first look waits. */
    Duration reminderSweepDelay();
}
