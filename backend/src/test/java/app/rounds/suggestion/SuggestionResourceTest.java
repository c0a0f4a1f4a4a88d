package app.rounds.suggestion;

import static app.rounds.support.Api.api;
import static app.rounds.support.Api.raw;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import app.rounds.support.Events;
import app.rounds.support.Photos;
import app.rounds.support.Profiles;
import app.rounds.support.TestData;
import app.rounds.support.TestData.SignedIn;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class SuggestionResourceTest {

    @Inject
    RelationFixtures relations;

    private SignedIn organizer;
    private UUID eventId;

    @BeforeEach
    void publishAnEventInBaltimore() {
        organizer = TestData.organizer();
        eventId = Events.published(organizer.accessToken(), 50);
    }

    @Test
    void attendeeGetsOthersRankedWithReasonsInPlainWords() {
        SignedIn viewer = seated(familyDoctor("Dr. Viewer", List.of("cataract surgery")));
        SignedIn surgeon = seated(ophthalmologist("Dr. Surgeon", List.of("cataract surgery"), List.of()));
        SignedIn peer = seated(familyDoctor("Dr. Peer", List.of("cataract surgery")));
        SignedIn dermatologist = seated(profile("Dr. Derm", "207N00000X", null, List.of("psoriasis"), List.of(), List.of()));

        JsonPath list = mySuggestions(viewer);

        assertThat(list.getList("items.attendee.attendeeId")).containsExactly(
                surgeon.id().toString(), dermatologist.id().toString());
        assertThat(list.getList("items[0].reasons.text", String.class)).containsExactly(
                "You refer out cataract surgery; they want it referred",
                "Family Medicine often refers patients to Ophthalmology",
                "Both of you practice in Baltimore");
        assertThat(list.getList("items[0].reasons.kind", String.class)).containsExactly(
                "REFERS_TO_THEM", "SPECIALTY_REFERS_TO_THEM", "SAME_CITY");
        assertThat(list.getInt("items[0].score")).isGreaterThan(list.getInt("items[1].score"));
        assertThat(list.getMap("items[0].attendee")).containsEntry("fullName", "Dr. Surgeon").doesNotContainKeys("email", "cellNumber");
        assertThat(list.getList("items.attendee.attendeeId")).doesNotContain(viewer.id().toString(), peer.id().toString());
    }

    @Test
    void aPhotoUploadedAfterTheFirstLookShowsOnTheSuggestionAndThePair() {
        SignedIn viewer = seated(familyDoctor("Dr. Viewer", List.of("cataract surgery")));
        SignedIn surgeon = seated(ophthalmologist("Dr. Surgeon", List.of("cataract surgery"), List.of()));
        assertThat(mySuggestions(viewer).getMap("items[0].attendee")).doesNotContainKey("photoUrl");

        String photoUrl = Photos.upload(surgeon.accessToken());

        assertThat(mySuggestions(viewer).getString("items[0].attendee.photoUrl")).isEqualTo(photoUrl);
        JsonPath pairs = api(organizer.accessToken()).get(pairsPath()).then().statusCode(200).extract().jsonPath();
        assertThat(pairs.getString("items[0].first.photoUrl")).isEqualTo(photoUrl);
        assertThat(pairs.getMap("items[0].second")).doesNotContainKey("photoUrl");
    }

    @Test
    void whatTheCandidateDoesNotTakeIsNeverSuggested() {
        SignedIn viewer = seated(familyDoctor("Dr. Viewer", List.of("cataract surgery")));
        seated(ophthalmologist("Dr. No Cataracts", List.of("cataract surgery"), List.of("cataract surgery")));

        assertThat(mySuggestions(viewer).getList("items")).isEmpty();
    }

    @Test
    void connectedOrDeclinedAttendeesAreLeftOutAndPendingOnesFlagged() {
        SignedIn viewer = seated(familyDoctor("Dr. Viewer", List.of("cataract surgery")));
        SignedIn connected = seated(ophthalmologist("Dr. Connected", List.of("cataract surgery"), List.of()));
        SignedIn declinedMe = seated(ophthalmologist("Dr. Declined Me", List.of("cataract surgery"), List.of()));
        SignedIn iDeclined = seated(ophthalmologist("Dr. I Declined", List.of("cataract surgery"), List.of()));
        SignedIn pending = seated(ophthalmologist("Dr. Pending", List.of("cataract surgery"), List.of()));
        SignedIn declinedElsewhere = seated(ophthalmologist("Dr. Declined Elsewhere", List.of("cataract surgery"), List.of()));
        UUID otherEvent = Events.published(organizer.accessToken(), 10);
        relations.connect(otherEvent, viewer.id(), connected.id());
        relations.introduction(eventId, viewer.id(), declinedMe.id(), "DECLINED");
        relations.introduction(eventId, iDeclined.id(), viewer.id(), "DECLINED");
        relations.introduction(eventId, pending.id(), viewer.id(), "PENDING");
        relations.introduction(otherEvent, viewer.id(), declinedElsewhere.id(), "DECLINED");

        JsonPath list = mySuggestions(viewer);

        assertThat(list.getList("items.attendee.fullName")).containsExactly("Dr. Declined Elsewhere", "Dr. Pending");
        assertThat(list.getString("items[1].introduction")).isEqualTo("PENDING");
        assertThat(list.getMap("items[0]")).doesNotContainKey("introduction");
    }

    @Test
    void aPendingIntroductionPastItsExpiryIsNotFlaggedBeforeTheSweepMarksIt() {
        SignedIn viewer = seated(familyDoctor("Dr. Ada Viewer", List.of("cataract surgery")));
        SignedIn lapsed = seated(ophthalmologist("Dr. Bo Lapsed", List.of("cataract surgery"), List.of()));
        relations.introduction(eventId, lapsed.id(), viewer.id(), "PENDING", OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1));

        JsonPath list = mySuggestions(viewer);
        assertThat(list.getList("items.attendee.fullName")).containsExactly("Dr. Bo Lapsed");
        assertThat(list.getMap("items[0]")).doesNotContainKey("introduction");

        JsonPath pairs = api(organizer.accessToken()).get(pairsPath()).then().statusCode(200).extract().jsonPath();
        assertThat(pairs.getList("items.collect { it.first.fullName + ' & ' + it.second.fullName }"))
                .containsExactly("Dr. Ada Viewer & Dr. Bo Lapsed");
        assertThat(pairs.getMap("items[0]")).doesNotContainKey("introduction");
    }

    @Test
    void aProfileChangeIsSeenByTheNextRequest() {
        SignedIn viewer = seated(familyDoctor("Dr. Viewer", List.of("knee replacement")));
        SignedIn surgeon = seated(ophthalmologist("Dr. Surgeon", List.of("cataract surgery"), List.of()));
        assertThat(mySuggestions(viewer).getList("items.reasons.tag").toString()).doesNotContain("cataract surgery");

        Profiles.save(viewer.accessToken(), familyDoctor("Dr. Viewer", List.of("cataract surgery")));
        assertThat(mySuggestions(viewer).getList("items[0].reasons.tag")).contains("cataract surgery");

        Profiles.save(surgeon.accessToken(), ophthalmologist("Dr. Surgeon", List.of(), List.of("cataract surgery")));
        assertThat(mySuggestions(viewer).getList("items")).isEmpty();
    }

    @Test
    void aCancelledRegistrationDisappearsAndANewOneAppears() {
        SignedIn viewer = seated(familyDoctor("Dr. Viewer", List.of("cataract surgery")));
        SignedIn leaving = TestData.attendee();
        Profiles.save(leaving.accessToken(), ophthalmologist("Dr. Leaving", List.of("cataract surgery"), List.of()));
        UUID registration = Events.register(leaving.accessToken(), eventId);
        assertThat(mySuggestions(viewer).getList("items.attendee.fullName")).containsExactly("Dr. Leaving");

        api(leaving.accessToken()).delete("/api/v1/events/" + eventId + "/registrations/" + registration).then().statusCode(200);
        assertThat(mySuggestions(viewer).getList("items")).isEmpty();

        seated(ophthalmologist("Dr. Arriving", List.of("cataract surgery"), List.of()));
        assertThat(mySuggestions(viewer).getList("items.attendee.fullName")).containsExactly("Dr. Arriving");
    }

    @Test
    void tiesAreBrokenByName() {
        SignedIn viewer = seated(familyDoctor("Dr. Viewer", List.of("cataract surgery")));
        seated(ophthalmologist("Dr. Zed", List.of("cataract surgery"), List.of()));
        seated(ophthalmologist("dr. Abe", List.of("cataract surgery"), List.of()));
        seated(ophthalmologist("Dr. Mia", List.of("cataract surgery"), List.of()));

        assertThat(mySuggestions(viewer).getList("items.attendee.fullName")).containsExactly("dr. Abe", "Dr. Mia", "Dr. Zed");
        api(viewer.accessToken()).queryParam("limit", 2).get(mySuggestionsPath()).then().statusCode(200)
                .body("items.attendee.fullName", equalTo(List.of("dr. Abe", "Dr. Mia")));
    }

    @Test
    void onlySeatedAttendeesGetSuggestions() {
        SignedIn stranger = TestData.attendee();
        api(stranger.accessToken()).get(mySuggestionsPath()).then().statusCode(403).contentType("application/problem+json");
        api(organizer.accessToken()).get(mySuggestionsPath()).then().statusCode(403).contentType("application/problem+json");
        api(stranger.accessToken()).get("/api/v1/events/" + UUID.randomUUID() + "/suggestions")
                .then().statusCode(404).contentType("application/problem+json");
        UUID draft = Events.draft(organizer.accessToken(), 10, Map.of());
        api(stranger.accessToken()).get("/api/v1/events/" + draft + "/suggestions").then().statusCode(404);
        raw().get(mySuggestionsPath()).then().statusCode(401).contentType("application/problem+json");
        raw().header("Authorization", "Bearer " + stranger.accessToken()).queryParam("limit", 0).get(mySuggestionsPath())
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void waitlistedAttendeesGetNoSuggestions() {
        UUID small = Events.published(organizer.accessToken(), 1);
        Events.register(TestData.attendee().accessToken(), small);
        SignedIn waitlisted = TestData.attendee();
        Events.register(waitlisted.accessToken(), small);
        api(waitlisted.accessToken()).get("/api/v1/events/" + small + "/suggestions").then().statusCode(403);
    }

    @Test
    void attendeeWithoutAProfileGetsAnEmptyList() {
        SignedIn viewer = TestData.attendee();
        Events.register(viewer.accessToken(), eventId);
        seated(ophthalmologist("Dr. Surgeon", List.of("cataract surgery"), List.of()));
        assertThat(mySuggestions(viewer).getList("items")).isEmpty();
    }

    @Test
    void organizersSeeEachBestPairOnceWithBothNamesAndTheSameExclusions() {
        SignedIn doctor = seated(familyDoctor("Dr. Ada Family", List.of("cataract surgery")));
        SignedIn surgeon = seated(ophthalmologist("Dr. Bo Surgeon", List.of("cataract surgery"), List.of()));
        SignedIn declined = seated(ophthalmologist("Dr. Cy Declined", List.of("cataract surgery"), List.of()));
        seated(profile("Dr. Di Derm", "207N00000X", null, List.of("psoriasis"), List.of(), List.of()));
        relations.introduction(eventId, doctor.id(), declined.id(), "DECLINED");
        relations.introduction(eventId, surgeon.id(), doctor.id(), "PENDING");

        JsonPath pairs = api(organizer.accessToken()).get(pairsPath()).then().statusCode(200).extract().jsonPath();

        assertThat(pairs.getList("items.collect { it.first.fullName + ' & ' + it.second.fullName }")).containsExactly(
                "Dr. Ada Family & Dr. Bo Surgeon", "Dr. Ada Family & Dr. Di Derm");
        assertThat(pairs.getList("items[0].reasons.text", String.class)).first()
                .isEqualTo("Dr. Ada Family refers out cataract surgery; Dr. Bo Surgeon wants it referred");
        assertThat(pairs.getString("items[0].introduction")).isEqualTo("PENDING");
        api(organizer.accessToken()).queryParam("limit", 1).get(pairsPath()).then().statusCode(200).body("items.size()", equalTo(1));
    }

    @Test
    void attendeesMayNotSeeAnEventsPairs() {
        SignedIn attendee = seated(familyDoctor("Dr. Viewer", List.of("cataract surgery")));
        api(attendee.accessToken()).get(pairsPath()).then().statusCode(403).contentType("application/problem+json");
        api(organizer.accessToken()).get("/api/v1/events/" + UUID.randomUUID() + "/pair-suggestions")
                .then().statusCode(404).contentType("application/problem+json");
        raw().get(pairsPath()).then().statusCode(401);
    }

    private SignedIn seated(Map<String, Object> profile) {
        SignedIn attendee = TestData.attendee();
        Profiles.save(attendee.accessToken(), profile);
        Events.register(attendee.accessToken(), eventId);
        return attendee;
    }

    private JsonPath mySuggestions(SignedIn viewer) {
        return api(viewer.accessToken()).get(mySuggestionsPath()).then().statusCode(200).extract().jsonPath();
    }

    private String mySuggestionsPath() {
        return "/api/v1/events/" + eventId + "/suggestions";
    }

    private String pairsPath() {
        return "/api/v1/events/" + eventId + "/pair-suggestions";
    }

    static Map<String, Object> familyDoctor(String name, List<String> refersOut) {
        return profile(name, "207Q00000X", null, List.of(), List.of(), refersOut);
    }

    static Map<String, Object> ophthalmologist(String name, List<String> wants, List<String> doesNotTake) {
        return profile(name, "207W00000X", null, wants, doesNotTake, List.of());
    }

    /** A Baltimore profile; every test event is in Baltimore too. */
    static Map<String, Object> profile(String name, String specialty, String subspecialty, List<String> wants,
                                       List<String> doesNotTake, List<String> refersOut) {
        Map<String, Object> overrides = new HashMap<>();
        overrides.put("fullName", name);
        overrides.put("specialtyCode", specialty);
        overrides.put("subspecialtyCode", subspecialty);
        overrides.put("city", "Baltimore");
        overrides.put("npi", null);
        overrides.put("wantsReferred", wants);
        overrides.put("doesNotTake", doesNotTake);
        overrides.put("refersOut", refersOut);
        return Profiles.body(overrides);
    }
}
