package app.rounds.support;

import static app.rounds.support.Api.api;
import static app.rounds.support.Api.followLocation;

import java.util.Map;
import java.util.UUID;

/** Introductions and connections made through the API, for tests. */
public final class Introductions {

    private Introductions() {
    }

    /** The holder of the token asks to meet the recipient at the event; returns the introduction id. */
    public static UUID request(String requesterToken, UUID eventId, UUID recipientId) {
        String id = followLocation(api(requesterToken)
                .body(Map.of("eventId", eventId, "recipientId", recipientId, "reason", "We refer to each other's specialties"))
                .post("/api/v1/introductions")
                .then().statusCode(201).extract(), requesterToken).path("id");
        return UUID.fromString(id);
    }

    /** Connects the two (both registered at the event) by one scanning the other's code; returns the connection id. */
    public static UUID connectByScan(String scannerToken, String ownerToken, UUID eventId) {
        String code = api(ownerToken).post("/api/v1/events/" + eventId + "/connect-code")
                .then().statusCode(200).extract().path("code");
        String id = followLocation(api(scannerToken).body(Map.of("code", code)).post("/api/v1/connections/scan")
                .then().statusCode(201).extract(), scannerToken).path("id");
        return UUID.fromString(id);
    }
}
