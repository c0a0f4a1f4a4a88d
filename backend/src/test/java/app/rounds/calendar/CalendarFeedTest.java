package app.rounds.calendar;

import static app.rounds.support.Api.api;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.io.StringReader;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import app.rounds.support.Api;
import app.rounds.support.Events;
import app.rounds.support.Introductions;
import app.rounds.support.Profiles;
import app.rounds.support.TestData;
import app.rounds.support.TestData.SignedIn;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;

/** The calendar feed as calendar apps use it, read back with ical4j (the feed is written with biweekly). */
@QuarkusTest
class CalendarFeedTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private SignedIn organizer;
    private SignedIn attendee;
    private SignedIn colleague;

    @BeforeEach
    void twoAttendees() {
        organizer = TestData.organizer();
        attendee = TestData.attendee();
        colleague = TestData.attendee();
    }

    @Test
    void theFeedHoldsTheAttendeesEventsAndFollowUpsAsEventsWithoutPrivateDetails() throws Exception {
        Profiles.save(colleague.accessToken(), Profiles.body(Map.of("cellNumber", "(410) 555-0199",
                "visibility", Profiles.allContacts("CONNECTIONS"))));
        UUID eventId = eventAt(LocalDateTime.now(NEW_YORK).plusDays(12).withHour(18).withMinute(0).withSecond(0).withNano(0));
        Events.register(attendee.accessToken(), eventId);
        Events.register(colleague.accessToken(), eventId);
        UUID connectionId = Introductions.connectByScan(attendee.accessToken(), colleague.accessToken(), eventId);
        api(attendee.accessToken()).body(Map.of("body", "Talked about her lawsuit")).post("/api/v1/connections/" + connectionId + "/notes")
                .then().statusCode(201);

        String path = feedPath(attendee);
        Response response = given().header("Accept", "").get(path);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("text/calendar");
        String ics = response.asString();
        Calendar calendar = parse(ics);

        assertThat(calendar.getComponents(Component.VTODO)).isEmpty();
        List<VEvent> entries = calendar.getComponents(Component.VEVENT);
        assertThat(entries).hasSize(7);
        assertThat(value(entry(entries, "event-" + eventId), Property.STATUS)).isEqualTo("CONFIRMED");
        assertThat(entries.stream().filter(e -> value(e, Property.UID).startsWith("follow-up-"))).hasSize(6);
        assertThat(ics).doesNotContain("ORGANIZER").doesNotContain("ATTENDEE").doesNotContain("555-0199")
                .doesNotContain("5550199").doesNotContain("lawsuit").doesNotContain("Dana Reyes")
                .contains("REFRESH-INTERVAL;VALUE=DURATION:PT1H").contains("X-PUBLISHED-TTL:PT1H");
        assertThat(calendar.getComponents(Component.VTIMEZONE)).isEmpty();
        assertThat(entries).allSatisfy(entry -> {
            assertThat(entry.getProperty(Property.LAST_MODIFIED)).isPresent();
            assertThat(entry.getProperty(Property.SEQUENCE)).isPresent();
            assertThat(value(entry, Property.DTSTART)).endsWith("Z");
        });
        assertThat(parse(given().get(path).asString()).getComponents(Component.VEVENT).stream().map(e -> value((VEvent) e, Property.UID)))
                .containsExactlyInAnyOrderElementsOf(entries.stream().map(e -> value(e, Property.UID)).toList());
    }

    @Test
    void aCancelledEventStaysMarkedCancelledWithAHigherSequence() throws Exception {
        UUID eventId = eventAt(LocalDateTime.now(NEW_YORK).plusDays(20).withHour(18).withMinute(0).withSecond(0).withNano(0));
        Events.register(attendee.accessToken(), eventId);
        String path = feedPath(attendee);
        int before = Integer.parseInt(value(entry(feed(path), "event-" + eventId), Property.SEQUENCE));

        api(organizer.accessToken()).post("/api/v1/events/" + eventId + "/cancel").then().statusCode(200);

        VEvent cancelled = entry(feed(path), "event-" + eventId);
        assertThat(value(cancelled, Property.STATUS)).isEqualTo("CANCELLED");
        assertThat(Integer.parseInt(value(cancelled, Property.SEQUENCE))).isGreaterThan(before);
    }

    @Test
    void aCancelledRegistrationTakesTheEventOut() throws Exception {
        UUID eventId = eventAt(LocalDateTime.now(NEW_YORK).plusDays(20).withHour(18).withMinute(0).withSecond(0).withNano(0));
        UUID registrationId = Events.register(attendee.accessToken(), eventId);
        String path = feedPath(attendee);
        String etag = given().get(path).then().statusCode(200).extract().header("ETag");

        api(attendee.accessToken()).delete("/api/v1/events/" + eventId + "/registrations/" + registrationId).then().statusCode(200);

        ExtractableResponse<Response> after = given().header("If-None-Match", etag).get(path).then().statusCode(200).extract();
        assertThat(parse(after.asString()).getComponents(Component.VEVENT)).isEmpty();
    }

    @Test
    void anUnchangedFeedAnswers304ByEntityTagAndByDate() throws Exception {
        connectedAtAnEvent();
        String path = feedPath(attendee);
        Thread.sleep(1100);
        ExtractableResponse<Response> first = given().get(path).then().statusCode(200).extract();
        String etag = first.header("ETag");
        String lastModified = first.header("Last-Modified");
        assertThat(etag).isNotBlank();
        assertThat(lastModified).isNotBlank();

        given().header("If-None-Match", etag).get(path).then().statusCode(304).header("ETag", equalTo(etag));
        given().header("If-Modified-Since", lastModified).get(path).then().statusCode(304);
        given().header("If-None-Match", "\"something-else\"").header("If-Modified-Since", lastModified).get(path).then().statusCode(200);
    }

    @Test
    void everyRenderedChangeChangesBothValidators() throws Exception {
        connectedAtAnEvent();
        String path = feedPath(attendee);
        List<String> tasks = api(attendee.accessToken()).get("/api/v1/follow-ups").then().extract().path("items.id");

        for (Runnable change : List.<Runnable>of(
                () -> api(attendee.accessToken()).body(Map.of("status", "DONE")).patch("/api/v1/follow-ups/" + tasks.get(0)).then().statusCode(200),
                () -> api(attendee.accessToken()).delete("/api/v1/follow-ups/" + tasks.get(1)).then().statusCode(204),
                () -> api(attendee.accessToken()).body(Map.of("status", "SKIPPED")).patch("/api/v1/follow-ups/" + tasks.get(2)).then().statusCode(200),
                () -> api(attendee.accessToken()).body(Map.of("snoozeDays", 1)).patch("/api/v1/follow-ups/" + tasks.get(3)).then().statusCode(200))) {
            Thread.sleep(1100);
            ExtractableResponse<Response> before = given().get(path).then().statusCode(200).extract();
            change.run();
            Thread.sleep(1100);
            given().header("If-None-Match", before.header("ETag")).get(path).then().statusCode(200);
            given().header("If-Modified-Since", before.header("Last-Modified")).get(path).then().statusCode(200);
        }
        assertThat(feed(path)).hasSize(1 + 4);
    }

    @Test
    void regeneratingKillsTheOldUrlWithThePlain404OfAnyUnknownToken() {
        String old = feedPath(attendee);
        given().get(old).then().statusCode(200);

        String fresh = path(api(attendee.accessToken()).post("/api/v1/me/calendar-feed/regenerate").then().statusCode(200)
                .extract().path("url"));

        assertThat(fresh).isNotEqualTo(old);
        given().get(fresh).then().statusCode(200);
        String revoked = given().get(old).then().statusCode(404).contentType(startsWith("application/problem+json")).extract().asString();
        String neverIssued = given().get("/calendar/" + "A".repeat(43) + ".ics").then().statusCode(404).extract().asString();
        String malformed = given().get("/calendar/not-a-token.ics").then().statusCode(404).extract().asString();
        assertThat(strip(revoked)).isEqualTo(strip(neverIssued)).isEqualTo(strip(malformed));
    }

    @Test
    void theFeedUrlStaysTheSameUntilRegeneratedAndHasAWebcalTwin() {
        var feed = api(attendee.accessToken()).get("/api/v1/me/calendar-feed").then().statusCode(200).extract();
        String url = feed.path("url");
        assertThat(feed.<String>path("webcalUrl")).isEqualTo("webcal:" + url.substring(url.indexOf("//")));
        assertThat(path(url)).matches("/calendar/[A-Za-z0-9_-]{43}\\.ics");
        api(attendee.accessToken()).get("/api/v1/me/calendar-feed").then().body("url", equalTo(url));
        Api.raw().get("/api/v1/me/calendar-feed").then().statusCode(401);
    }

    @Test
    void wallClockTimesSurviveTheSpringDaylightSavingChange() throws Exception {
        // 2027-03-14: New York moves from EST (UTC-5) to EDT (UTC-4).
        assertWallClockAcross(LocalDateTime.of(2027, 3, 13, 18, 0), LocalDateTime.of(2027, 3, 15, 18, 0), "2027-03-20T13:00:00Z");
    }

    @Test
    void wallClockTimesSurviveTheAutumnDaylightSavingChange() throws Exception {
        // 2027-11-07: New York moves from EDT (UTC-4) back to EST (UTC-5).
        assertWallClockAcross(LocalDateTime.of(2027, 11, 6, 18, 0), LocalDateTime.of(2027, 11, 8, 18, 0), "2027-11-13T14:00:00Z");
    }

    /** Two events at 18:00 local either side of the change, and the follow-ups of the first, due a week later at 09:00. */
    private void assertWallClockAcross(LocalDateTime before, LocalDateTime after, String firstPlanDueUtc) throws Exception {
        UUID early = eventAt(before);
        UUID late = eventAt(after);
        for (UUID event : List.of(early, late)) {
            Events.register(attendee.accessToken(), event);
            Events.register(colleague.accessToken(), event);
        }
        Introductions.connectByScan(attendee.accessToken(), colleague.accessToken(), early);

        List<VEvent> entries = feed(feedPath(attendee));
        assertThat(localStart(entry(entries, "event-" + early))).isEqualTo(before);
        assertThat(localStart(entry(entries, "event-" + late))).isEqualTo(after);
        assertThat(localStart(entry(entries, "event-" + early)).atZone(NEW_YORK).getOffset())
                .isNotEqualTo(localStart(entry(entries, "event-" + late)).atZone(NEW_YORK).getOffset());
        List<VEvent> tasks = entries.stream().filter(e -> value(e, Property.UID).startsWith("follow-up-")).toList();
        assertThat(tasks).hasSize(6).allSatisfy(task -> {
            assertThat(start(task)).isEqualTo(Instant.parse(firstPlanDueUtc));
            assertThat(localStart(task).toLocalTime()).isEqualTo(java.time.LocalTime.of(9, 0));
        });
    }

    private void connectedAtAnEvent() {
        UUID eventId = eventAt(LocalDateTime.now(NEW_YORK).plusDays(12).withHour(18).withMinute(0).withSecond(0).withNano(0));
        Events.register(attendee.accessToken(), eventId);
        Events.register(colleague.accessToken(), eventId);
        Introductions.connectByScan(attendee.accessToken(), colleague.accessToken(), eventId);
    }

    /** A published event in New York starting at this wall-clock time, three hours long. */
    private UUID eventAt(LocalDateTime localStart) {
        OffsetDateTime start = localStart.atZone(NEW_YORK).toOffsetDateTime();
        return Events.published(organizer.accessToken(), 50, Map.of("timeZone", "America/New_York",
                "startsAt", Events.iso(start), "endsAt", Events.iso(start.plusHours(3))));
    }

    private static String feedPath(SignedIn owner) {
        return path(api(owner.accessToken()).get("/api/v1/me/calendar-feed").then().statusCode(200).extract().path("url"));
    }

    private static String path(String url) {
        return URI.create(url).getPath();
    }

    private static List<VEvent> feed(String path) throws Exception {
        return parse(given().get(path).then().statusCode(200).extract().asString()).getComponents(Component.VEVENT);
    }

    private static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    private static VEvent entry(List<VEvent> entries, String uidPrefix) {
        return entries.stream().filter(e -> value(e, Property.UID).startsWith(uidPrefix)).findFirst().orElseThrow();
    }

    private static String value(VEvent entry, String property) {
        return entry.getProperty(property).map(Property::getValue).orElse(null);
    }

    private static Instant start(VEvent entry) {
        DateProperty<?> start = (DateProperty<?>) entry.getProperty(Property.DTSTART).orElseThrow();
        Temporal date = start.getDate();
        return Instant.from(date);
    }

    private static LocalDateTime localStart(VEvent entry) {
        return ZonedDateTime.ofInstant(start(entry), NEW_YORK).toLocalDateTime();
    }

    private static String strip(String problem) {
        return problem.replaceAll("\"requestId\":\"[^\"]*\"", "");
    }

}
