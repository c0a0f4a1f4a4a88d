package app.rounds.attendee;

import static app.rounds.support.Api.api;
import static app.rounds.support.Api.raw;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import app.rounds.support.EventFixtures;
import app.rounds.support.Profiles;
import app.rounds.support.TestData;
import app.rounds.support.TestData.SignedIn;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class AttendeeVisibilityTest {

    private static final List<String> CONTACT_FIELDS = List.of("email", "cellNumber", "linkedinUrl", "websiteUrl");

    @Inject
    EventFixtures fixtures;

    @ParameterizedTest(name = "contacts at {0}")
    @EnumSource(Visibility.class)
    void eachViewerSeesTheContactFieldsTheOwnerAllows(Visibility setting) {
        SignedIn organizer = TestData.organizer();
        SignedIn owner = TestData.attendee();
        SignedIn coAttendee = TestData.attendee();
        SignedIn elsewhere = TestData.attendee();
        UUID evening = fixtures.event(organizer.id());
        UUID otherEvening = fixtures.event(organizer.id());
        fixtures.register(evening, owner.id());
        fixtures.register(evening, coAttendee.id(), "CHECKED_IN");
        fixtures.register(otherEvening, elsewhere.id());
        Profiles.save(owner.accessToken(), Profiles.body(Map.of("visibility", Profiles.allContacts(setting.name()))));

        boolean roomMaySee = setting == Visibility.EVENT_ATTENDEES;
        assertContacts(view(owner, owner), true);
        assertContacts(view(coAttendee, owner), roomMaySee);
        assertContacts(view(organizer, owner), roomMaySee);
        api(elsewhere.accessToken()).get("/api/v1/attendees/" + owner.id())
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void cellNumberAppearsOnlyWhereItsOwnVisibilityAllows() {
        SignedIn organizer = TestData.organizer();
        SignedIn owner = TestData.attendee();
        SignedIn coAttendee = TestData.attendee();
        UUID evening = fixtures.event(organizer.id());
        fixtures.register(evening, owner.id());
        fixtures.register(evening, coAttendee.id());
        Profiles.save(owner.accessToken(), Profiles.body(Map.of("visibility",
                Map.of("email", "EVENT_ATTENDEES", "cellNumber", "CONNECTIONS", "linkedinUrl", "EVENT_ATTENDEES",
                        "websiteUrl", "ONLY_ME"))));

        JsonPath seen = view(coAttendee, owner);
        assertThat(seen.getString("email")).isEqualTo("dana.reyes@example.org");
        assertThat(seen.getString("linkedinUrl")).isEqualTo("https://www.linkedin.com/in/dana-reyes");
        assertThat(seen.getMap("")).doesNotContainKeys("cellNumber", "websiteUrl");
        assertThat(view(owner, owner).getString("cellNumber")).isEqualTo("+14105550123");
    }

    @Test
    void profileOfSomeoneElseNeverShowsTheirVisibilitySettings() {
        SignedIn organizer = TestData.organizer();
        SignedIn owner = TestData.attendee();
        SignedIn coAttendee = TestData.attendee();
        UUID evening = fixtures.event(organizer.id());
        fixtures.register(evening, owner.id());
        fixtures.register(evening, coAttendee.id());
        Profiles.save(owner.accessToken(), Profiles.body());

        JsonPath seen = view(coAttendee, owner);
        assertThat(seen.getMap("")).doesNotContainKey("visibility");
        assertThat(seen.getString("fullName")).isEqualTo("Dr. Dana Reyes");
        assertThat(seen.getString("specialty.name")).isEqualTo("Ophthalmology");
        assertThat(seen.getList("wantsReferred")).containsExactly("retinal detachment", "diabetic retinopathy");
        assertThat(seen.getBoolean("complete")).isTrue();
    }

    @ParameterizedTest(name = "a {0} registration shares no event")
    @ValueSource(strings = {"WAITLISTED", "CANCELLED", "NO_SHOW"})
    void registrationsThatAreNotAPlaceInTheRoomShareNothing(String status) {
        SignedIn organizer = TestData.organizer();
        SignedIn owner = TestData.attendee();
        SignedIn viewer = TestData.attendee();
        UUID evening = fixtures.event(organizer.id());
        fixtures.register(evening, owner.id());
        fixtures.register(evening, viewer.id(), status);
        Profiles.save(owner.accessToken(), Profiles.body());

        api(viewer.accessToken()).get("/api/v1/attendees/" + owner.id()).then().statusCode(404);
        api(owner.accessToken()).get("/api/v1/attendees/" + viewer.id()).then().statusCode(404);
    }

    @Test
    void attendeeWhoSharesNoEventIsNotFoundLikeAnUnknownId() {
        SignedIn owner = TestData.attendee();
        SignedIn stranger = TestData.attendee();
        Profiles.save(owner.accessToken(), Profiles.body());

        var hidden = api(stranger.accessToken()).get("/api/v1/attendees/" + owner.id())
                .then().statusCode(404).contentType("application/problem+json").extract();
        var unknown = api(stranger.accessToken()).get("/api/v1/attendees/" + UUID.randomUUID())
                .then().statusCode(404).extract();
        assertThat(hidden.<String>path("title")).isEqualTo(unknown.path("title"));
        assertThat(hidden.<String>path("type")).isEqualTo(unknown.path("type"));
    }

    @Test
    void organizerSeesAnyAttendeeButNotUnknownIds() {
        SignedIn organizer = TestData.organizer();
        SignedIn owner = TestData.attendee();
        Profiles.save(owner.accessToken(), Profiles.body());

        api(organizer.accessToken()).get("/api/v1/attendees/" + owner.id())
                .then().statusCode(200).body("fullName", equalTo("Dr. Dana Reyes"));
        api(organizer.accessToken()).get("/api/v1/attendees/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void coAttendeeWithoutAProfileShowsTheirSignUpName() {
        SignedIn organizer = TestData.organizer();
        SignedIn owner = TestData.attendee();
        SignedIn viewer = TestData.attendee();
        UUID evening = fixtures.event(organizer.id());
        fixtures.register(evening, owner.id());
        fixtures.register(evening, viewer.id());
        String displayName = api(owner.accessToken()).get("/api/v1/me").path("displayName");

        api(viewer.accessToken()).get("/api/v1/attendees/" + owner.id())
                .then().statusCode(200)
                .body("complete", equalTo(false))
                .body("fullName", equalTo(displayName))
                .body("wantsReferred", equalTo(List.of()));
    }

    @Test
    void attendeeProfileRequiresAToken() {
        raw().get("/api/v1/attendees/" + UUID.randomUUID()).then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void malformedIdIsNotFound() {
        SignedIn viewer = TestData.attendee();
        raw().auth().oauth2(viewer.accessToken()).get("/api/v1/attendees/not-a-uuid")
                .then().statusCode(404).contentType("application/problem+json");
    }

    private static JsonPath view(SignedIn viewer, SignedIn owner) {
        return api(viewer.accessToken()).get("/api/v1/attendees/" + owner.id())
                .then().statusCode(200).body("attendeeId", equalTo(owner.id().toString())).extract().jsonPath();
    }

    private static void assertContacts(JsonPath seen, boolean visible) {
        Map<String, Object> profile = seen.getMap("");
        if (visible) {
            assertThat(profile).containsKeys(CONTACT_FIELDS.toArray(String[]::new));
            assertThat(profile.get("cellNumber")).isEqualTo("+14105550123");
        } else {
            assertThat(profile).doesNotContainKeys(CONTACT_FIELDS.toArray(String[]::new));
        }
        assertThat(profile).doesNotContainKey("visibility");
    }
}
