package app.rounds.dashboard;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Events over time, each as a few counts and rates; and who keeps registering without coming. */
@Schema(name = "DashboardTrends", description = "Per event figures across events, counts and rates only")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TrendsResponse(
        @Schema(description = "The city asked for, if any") String city,
        @Schema(description = "The start of the date range given, if any") OffsetDateTime from,
        @Schema(description = "The end (exclusive) of the date range given, if any") OffsetDateTime to,
        @Schema(required = true, description = Definitions.TREND_EVENTS) List<EventTrend> events,
        @Schema(required = true, description = Definitions.NEVER_CAME) List<Absentee> neverCame,
        @Schema(required = true, description = "Each figure's definition in one sentence, keyed by its path"
                + " (\"events.attended\")") Map<String, String> definitions) {

    @Schema(name = "DashboardEventTrend")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record EventTrend(
            @Schema(required = true) UUID eventId,
            @Schema(required = true) String title,
            @Schema(required = true) String city,
            @Schema(required = true) OffsetDateTime startsAt,
            @Schema(required = true, description = Definitions.REGISTERED) long registered,
            @Schema(required = true, description = Definitions.ATTENDED) long attended,
            @Schema(required = true, description = Definitions.FIRST_TIMERS) long firstTimers,
            @Schema(required = true, description = Definitions.RETURNING) long returning,
            @Schema(required = true, description = Definitions.TREND_CONNECTIONS) long connections,
            @Schema(description = Definitions.CONNECTIONS_PER_ATTENDEE) Double connectionsPerAttendee,
            @Schema(description = Definitions.FOLLOW_UP_RATE, minimum = "0", maximum = "1") Double followUpRate,
            @Schema(required = true, description = Definitions.REFERRALS) long referrals) {
    }

    @Schema(name = "DashboardAbsentee")
    public record Absentee(@Schema(required = true) UUID attendeeId,
                           @Schema(required = true) String name,
                           @Schema(required = true, description = "Seats held at ended events in the range, none used")
                           long registrations) {
    }
}
