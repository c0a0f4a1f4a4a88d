package app.rounds.common.paging;

import static app.rounds.support.Api.api;
import static app.rounds.support.Api.raw;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import app.rounds.support.Events;
import app.rounds.support.TestData;
import io.quarkus.test.junit.QuarkusTest;

/** Every cursor-paginated list reads only cursors the service issued: a forged or tampered one is a 400 naming it. */
@QuarkusTest
class SignedCursorTest {

    private static TestData.SignedIn organizer;
    private static UUID eventId;
    private static String issued;

    @BeforeEach
    void issueACursorOnce() {
        if (issued == null) {
            organizer = TestData.organizer();
            eventId = Events.published(organizer.accessToken(), 10);
            Events.published(organizer.accessToken(), 10);
            issued = api(organizer.accessToken()).queryParam("limit", 1).get("/api/v1/events")
                    .then().statusCode(200).extract().path("nextCursor");
        }
    }

    /**
     * Every list that pages with a cursor. Connections that exist nowhere are fine (the cursor is read first); the
     * attendee list first decides who may see it, so it is asked about the organizer's own event.
     */
    static Stream<String> lists() {
        UUID any = UUID.randomUUID();
        return Stream.of("/api/v1/events", "/api/v1/events/{event}/attendees", "/api/v1/events/{event}/registrations",
                "/api/v1/me/registrations", "/api/v1/me/notifications", "/api/v1/introductions", "/api/v1/follow-ups",
                "/api/v1/connections", "/api/v1/connections/" + any + "/notes", "/api/v1/connections/" + any + "/referral-reports");
    }

    @ParameterizedTest
    @MethodSource("lists")
    void aForgedOrTamperedCursorIsRefused(String list) {
        for (String refused : refusedCursors()) {
            raw().header("Authorization", "Bearer " + organizer.accessToken()).queryParam("cursor", refused).get(list.replace("{event}", eventId.toString()))
                    .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("cursor"));
        }
    }

    @ParameterizedTest
    @MethodSource("lists")
    void anIssuedCursorIsRead(String list) {
        api(organizer.accessToken()).queryParam("cursor", issued).get(list.replace("{event}", eventId.toString())).then().statusCode(not(400));
    }

    private List<String> refusedCursors() {
        int dot = issued.lastIndexOf('.');
        String position = issued.substring(0, dot);
        String signature = issued.substring(dot + 1);
        String madeUp = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(("1767225600:0:" + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8));
        return List.of(
                position,                                        // unsigned, as cursors were before
                madeUp + "." + signature,                        // another position under a real signature
                position + "." + flipped(signature),             // the real position, signature altered
                "not a cursor");
    }

    private static String flipped(String text) {
        char last = text.charAt(text.length() - 1);
        return text.substring(0, text.length() - 1) + (last == 'A' ? 'B' : 'A');
    }
}
