package app.rounds.dashboard;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import app.rounds.connection.ConnectionOrigin;

/** What one event produced, as counts and rates only: nothing an attendee wrote appears here. */
@Schema(name = "EventDashboard", description = "Counts and rates about one event; never the content of a note, a"
        + " referral report, a follow-up task or an introduction request")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EventDashboardResponse(
        @Schema(required = true) UUID eventId,
        @Schema(required = true) String title,
        @Schema(required = true) OffsetDateTime startsAt,
        @Schema(required = true) OffsetDateTime endsAt,
        @Schema(required = true, description = "When the figures were counted") OffsetDateTime asOf,
        @Schema(description = "The start of the date range given, if any") OffsetDateTime from,
        @Schema(description = "The end (exclusive) of the date range given, if any") OffsetDateTime to,
        @Schema(required = true) Registration registration,
        @Schema(required = true) Introductions introductions,
        @Schema(required = true) Connections connections,
        @Schema(required = true) FollowUps followUps,
        @Schema(required = true) Outcomes outcomes,
        @Schema(required = true) Specialties specialties,
        @Schema(required = true, description = "Each figure's definition in one sentence, keyed by its path"
                + " (\"introductions.accepted\")") Map<String, String> definitions) {

    @Schema(name = "DashboardRegistration")
    public record Registration(
            @Schema(required = true, description = Definitions.CAPACITY) long capacity,
            @Schema(required = true, description = Definitions.REGISTERED) long registered,
            @Schema(required = true, description = Definitions.CHECKED_IN) long checkedIn,
            @Schema(required = true, description = Definitions.WAITLISTED) long waitlisted,
            @Schema(required = true, description = Definitions.CANCELLED) long cancelled,
            @Schema(required = true, description = Definitions.NO_SHOWS) long noShows,
            @Schema(required = true, description = Definitions.CHECK_INS_OVER_TIME) List<CheckIns> checkInsOverTime) {
    }

    @Schema(name = "DashboardCheckIns")
    public record CheckIns(@Schema(required = true, description = "Start of the quarter hour") OffsetDateTime from,
                           @Schema(required = true) long checkIns) {
    }

    @Schema(name = "DashboardIntroductions")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Introductions(
            @Schema(required = true, description = Definitions.REQUESTED) long requested,
            @Schema(required = true, description = Definitions.PENDING) long pending,
            @Schema(required = true, description = Definitions.ACCEPTED) long accepted,
            @Schema(required = true, description = Definitions.DECLINED) long declined,
            @Schema(required = true, description = Definitions.WITHDRAWN) long withdrawn,
            @Schema(required = true, description = Definitions.EXPIRED) long expired,
            @Schema(required = true, description = Definitions.MET) long met,
            @Schema(description = Definitions.ACCEPTANCE_RATE, minimum = "0", maximum = "1") Double acceptanceRate,
            @Schema(description = Definitions.MEDIAN_TIME_TO_ANSWER) Double medianSecondsToAnswer,
            @Schema(required = true, description = Definitions.BROKERED) long brokered,
            @Schema(required = true, description = Definitions.SELF_REQUESTED) long selfRequested,
            @Schema(required = true, description = Definitions.OPEN_REQUEST_LIMIT) int openRequestLimit,
            @Schema(required = true, description = Definitions.ALLOWANCE_USED) long allowanceUsed,
            @Schema(description = Definitions.SHARE_OF_ALLOWANCE_USED, minimum = "0", maximum = "1") Double shareOfAllowanceUsed) {
    }

    @Schema(name = "DashboardConnections")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Connections(
            @Schema(required = true, description = Definitions.ATTENDEES) long attendees,
            @Schema(required = true, description = Definitions.ATTENDEES_CONNECTED) long attendeesConnected,
            @Schema(description = Definitions.SHARE_CONNECTED, minimum = "0", maximum = "1") Double shareConnected,
            @Schema(required = true, description = Definitions.CONNECTIONS_BY_ORIGIN) List<OriginCount> byOrigin) {
    }

    @Schema(name = "DashboardOriginCount")
    public record OriginCount(@Schema(required = true) ConnectionOrigin origin, @Schema(required = true) long connections) {
    }

    @Schema(name = "DashboardFollowUps")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FollowUps(
            @Schema(required = true, description = Definitions.CONNECTIONS_WITH_PLAN) long connectionsWithPlan,
            @Schema(required = true, description = Definitions.DONE_WITHIN_WEEK) long doneWithinWeek,
            @Schema(description = Definitions.SHARE_DONE_WITHIN_WEEK, minimum = "0", maximum = "1") Double shareDoneWithinWeek,
            @Schema(required = true, description = Definitions.TASKS) long tasks,
            @Schema(required = true, description = Definitions.DONE) long done,
            @Schema(required = true, description = Definitions.SKIPPED) long skipped,
            @Schema(required = true, description = Definitions.OPEN) long open,
            @Schema(required = true, description = Definitions.OVERDUE) long overdue,
            @Schema(required = true, description = Definitions.BY_KIND) List<KindCount> byKind) {
    }

    @Schema(name = "DashboardFollowUpKind")
    public record KindCount(@Schema(required = true, description = "A follow-up kind code (GET /follow-up-kinds)") String kind,
                            @Schema(required = true) long tasks, @Schema(required = true) long done,
                            @Schema(required = true) long skipped, @Schema(required = true) long open,
                            @Schema(required = true) long overdue) {
    }

    @Schema(name = "DashboardOutcomes")
    public record Outcomes(@Schema(required = true, description = Definitions.REFERRALS_BY_MONTH) List<ReferralMonth> byMonth) {
    }

    @Schema(name = "DashboardReferralMonth")
    public record ReferralMonth(
            @Schema(required = true, pattern = "^\\d{4}-\\d{2}$", example = "2026-12") String month,
            @Schema(required = true, description = "0 for the month the event took place in") int monthsAfter,
            @Schema(required = true, description = "Reports written about that month") long reports,
            @Schema(required = true, description = "Referrals the reporting attendees say they sent") long referralsSent,
            @Schema(required = true, description = "Referrals the reporting attendees say they received") long referralsReceived) {
    }

    @Schema(name = "DashboardSpecialties")
    public record Specialties(
            @Schema(required = true, description = Definitions.SPECIALTY_MIX) List<SpecialtyCount> mix,
            @Schema(required = true, description = Definitions.WITHOUT_PROFILE) long withoutProfile,
            @Schema(required = true, description = Definitions.SPECIALTY_PAIRS) List<SpecialtyPair> pairs) {
    }

    @Schema(name = "DashboardSpecialtyCount")
    public record SpecialtyCount(@Schema(required = true) String specialtyCode, @Schema(required = true) String specialtyName,
                                 @Schema(required = true) long attendees) {
    }

    @Schema(name = "DashboardSpecialtyPair")
    public record SpecialtyPair(@Schema(required = true) String specialtyA, @Schema(required = true) String specialtyAName,
                                @Schema(required = true) String specialtyB, @Schema(required = true) String specialtyBName,
                                @Schema(required = true) long connections) {
    }
}
