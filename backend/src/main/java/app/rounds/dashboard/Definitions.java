package app.rounds.dashboard;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What each dashboard figure counts, in one sentence: the contract shows it as the field's description and the
 * response carries the same sentences under {@code definitions}, keyed by the figure's path, for the SPA's "what is
 * this?".
 */
final class Definitions {

    static final String CAPACITY = "Seats the event offers.";
    static final String REGISTERED = "Attendees holding a seat: registered, or already checked in.";
    static final String CHECKED_IN = "Attendees checked in at the door.";
    static final String WAITLISTED = "Attendees waiting for a seat to free up.";
    static final String CANCELLED = "Registrations the attendee or an organizer cancelled.";
    static final String NO_SHOWS = "Attendees who held a seat but were not checked in by the time the event ended (0 before it ends).";
    static final String CHECK_INS_OVER_TIME = "Check-ins per quarter hour counted from the event's start, within the date range when one is given.";
    static final String REQUESTED = "Every introduction proposed at the event, asked for by an attendee or brokered by a third person.";
    static final String PENDING = "Introductions still waiting for an answer before their expiry.";
    static final String ACCEPTED = "Introductions both people answered yes to before expiry.";
    static final String DECLINED = "Introductions one of the two people answered no to.";
    static final String WITHDRAWN = "Introductions taken back by whoever proposed them before they were answered.";
    static final String EXPIRED = "Introductions still unanswered when their expiry passed.";
    static final String MET = "Accepted introductions at least one of the two people marked as met.";
    static final String ACCEPTANCE_RATE = "Accepted divided by those decided (accepted, declined or expired); absent while none is decided.";
    static final String MEDIAN_TIME_TO_ANSWER = "Median seconds from the proposal to the answer that accepted or declined it; absent while none is answered.";
    static final String BROKERED = "Introductions proposed by a third person (an organizer or another attendee).";
    static final String SELF_REQUESTED = "Introductions an attendee asked for themselves.";
    static final String OPEN_REQUEST_LIMIT = "The event's per-attendee allowance: how many of one's own requests may wait for an answer at once.";
    static final String ALLOWANCE_USED = "Introduction requests attendees holding a seat asked for themselves, each attendee's counted up to the allowance.";
    static final String SHARE_OF_ALLOWANCE_USED = "Allowance used divided by attendees holding a seat times the allowance; absent while nobody holds a seat.";
    static final String ATTENDEES = "Attendees holding a seat (as registered).";
    static final String ATTENDEES_CONNECTED = "Attendees holding a seat who made at least one connection at this event.";
    static final String SHARE_CONNECTED = "Attendees connected divided by attendees; absent while nobody holds a seat.";
    static final String CONNECTIONS_BY_ORIGIN = "Connections made at this event, by how they were made: an accepted introduction or a scanned code.";
    static final String CONNECTIONS_WITH_PLAN = "Connections made at this event that have follow-up tasks.";
    static final String DONE_WITHIN_WEEK = "Connections whose every follow-up task, from both sides, was done or skipped (at least one done) within seven days after the event ended.";
    static final String SHARE_DONE_WITHIN_WEEK = "Done within a week divided by connections with a plan; absent while there is no plan.";
    static final String TASKS = "Follow-up tasks (not removed) at this event, due within the date range when one is given.";
    static final String DONE = "Tasks marked done.";
    static final String SKIPPED = "Tasks marked skipped.";
    static final String OPEN = "Tasks neither done nor skipped.";
    static final String OVERDUE = "Open tasks whose due time has passed (derived when read, never stored).";
    static final String BY_KIND = "The same task counts for each kind of follow-up, in the kinds' display order.";
    static final String REFERRALS_BY_MONTH = "Referral reports on connections made at this event, per reported month from the event's month on: counts only, never their detail.";
    static final String SPECIALTY_MIX = "Attendees holding a seat per specialty of their profile.";
    static final String WITHOUT_PROFILE = "Attendees holding a seat who have not written a profile, so have no specialty.";
    static final String SPECIALTY_PAIRS = "Connections made at this event per pair of the two people's specialties (lower code first); people without a profile are left out.";

    static final String TREND_EVENTS = "Published and held events starting in the date range (and city), earliest first; at most 500.";
    static final String ATTENDED = "Attendees checked in at the door.";
    static final String FIRST_TIMERS = "Attendees checked in who had never been checked in at an earlier event.";
    static final String RETURNING = "Attendees checked in who had been checked in at an earlier event.";
    static final String TREND_CONNECTIONS = "Connections made at the event, by introduction or scan.";
    static final String CONNECTIONS_PER_ATTENDEE = "Connections times two (each has two people) divided by attendees checked in; absent while nobody came.";
    static final String FOLLOW_UP_RATE = "Follow-up tasks done divided by follow-up tasks (not removed); absent while there are none.";
    static final String REFERRALS = "Referrals, sent and received, reported on connections made at the event: a count only.";
    static final String NEVER_CAME = "People who held a seat at two or more of these events that have ended and were checked in at none; most first, at most 50.";

    static final Map<String, String> ALL = all();

    static final Map<String, String> TRENDS = Map.of(
            "events.registered", REGISTERED,
            "events.attended", ATTENDED,
            "events.firstTimers", FIRST_TIMERS,
            "events.returning", RETURNING,
            "events.connections", TREND_CONNECTIONS,
            "events.connectionsPerAttendee", CONNECTIONS_PER_ATTENDEE,
            "events.followUpRate", FOLLOW_UP_RATE,
            "events.referrals", REFERRALS,
            "neverCame", NEVER_CAME);

    private Definitions() {
    }

    private static Map<String, String> all() {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("registration.capacity", CAPACITY);
        all.put("registration.registered", REGISTERED);
        all.put("registration.checkedIn", CHECKED_IN);
        all.put("registration.waitlisted", WAITLISTED);
        all.put("registration.cancelled", CANCELLED);
        all.put("registration.noShows", NO_SHOWS);
        all.put("registration.checkInsOverTime", CHECK_INS_OVER_TIME);
        all.put("introductions.requested", REQUESTED);
        all.put("introductions.pending", PENDING);
        all.put("introductions.accepted", ACCEPTED);
        all.put("introductions.declined", DECLINED);
        all.put("introductions.withdrawn", WITHDRAWN);
        all.put("introductions.expired", EXPIRED);
        all.put("introductions.met", MET);
        all.put("introductions.acceptanceRate", ACCEPTANCE_RATE);
        all.put("introductions.medianSecondsToAnswer", MEDIAN_TIME_TO_ANSWER);
        all.put("introductions.brokered", BROKERED);
        all.put("introductions.selfRequested", SELF_REQUESTED);
        all.put("introductions.openRequestLimit", OPEN_REQUEST_LIMIT);
        all.put("introductions.allowanceUsed", ALLOWANCE_USED);
        all.put("introductions.shareOfAllowanceUsed", SHARE_OF_ALLOWANCE_USED);
        all.put("connections.attendees", ATTENDEES);
        all.put("connections.attendeesConnected", ATTENDEES_CONNECTED);
        all.put("connections.shareConnected", SHARE_CONNECTED);
        all.put("connections.byOrigin", CONNECTIONS_BY_ORIGIN);
        all.put("followUps.connectionsWithPlan", CONNECTIONS_WITH_PLAN);
        all.put("followUps.doneWithinWeek", DONE_WITHIN_WEEK);
        all.put("followUps.shareDoneWithinWeek", SHARE_DONE_WITHIN_WEEK);
        all.put("followUps.tasks", TASKS);
        all.put("followUps.done", DONE);
        all.put("followUps.skipped", SKIPPED);
        all.put("followUps.open", OPEN);
        all.put("followUps.overdue", OVERDUE);
        all.put("followUps.byKind", BY_KIND);
        all.put("outcomes.byMonth", REFERRALS_BY_MONTH);
        all.put("specialties.mix", SPECIALTY_MIX);
        all.put("specialties.withoutProfile", WITHOUT_PROFILE);
        all.put("specialties.pairs", SPECIALTY_PAIRS);
        return Collections.unmodifiableMap(all);
    }
}
