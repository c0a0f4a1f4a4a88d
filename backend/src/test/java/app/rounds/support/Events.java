package app.rounds.support;

import static app.rounds.support.Api.api;
import static app.rounds.support.Api.followLocation;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Events made through the organizer API, for tests. */
public final class Events {

    private Events() {
    }

    /** RFC 3339 with seconds always written, as the contract's date-time format asks. */
    public static String iso(OffsetDateTime time) {
        return time.format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX"));
    }

    /** A published event two weeks ahead whose registration is open now. */
    public static UUID published(String organizerToken, int capacity) {
        return published(organizerToken, capacity, Map.of());
    }

    public static UUID published(String organizerToken, int capacity, Map<String, Object> overrides) {
        UUID id = draft(organizerToken, capacity, overrides);
        api(organizerToken).post("/api/v1/events/" + id + "/publish").then().statusCode(200);
        return id;
    }

    public static UUID draft(String organizerToken, int capacity, Map<String, Object> overrides) {
        String id = followLocation(api(organizerToken).body(body(capacity, overrides)).post("/api/v1/events")
                .then().statusCode(201).extract(), organizerToken).path("id");
        return UUID.fromString(id);
    }

    public static Map<String, Object> body(int capacity, Map<String, Object> overrides) {
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).plusDays(14).withNano(0);
        Map<String, Object> body = new HashMap<>();
        body.put("title", "Baltimore Eye & Vision Evening");
        body.put("description", "Ophthalmologists and optometrists meet referring physicians.");
        body.put("city", "Baltimore");
        body.put("venueName", "Harbor Room");
        body.put("venueAddress", "100 Light St, Baltimore, MD");
        body.put("timeZone", "America/New_York");
        body.put("startsAt", iso(start));
        body.put("endsAt", iso(start.plusHours(3)));
        body.put("capacity", capacity);
        body.putAll(overrides);
        return body;
    }

    /** Registers the holder of this token for the event; returns the registration id. */
    public static UUID register(String attendeeToken, UUID eventId) {
        String id = followLocation(api(attendeeToken).post("/api/v1/events/" + eventId + "/registrations")
                .then().statusCode(201).extract(), attendeeToken).path("id");
        return UUID.fromString(id);
    }
}
