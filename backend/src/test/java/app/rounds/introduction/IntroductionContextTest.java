package app.rounds.introduction;

import static app.rounds.support.Api.api;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import app.rounds.support.Events;
import app.rounds.support.Introductions;
import app.rounds.support.Photos;
import app.rounds.support.Profiles;
import app.rounds.support.TestData;
import app.rounds.support.TestData.SignedIn;
import io.quarkus.test.junit.QuarkusTest;

/** An introduction shows its people's photo and professional facts to whoever may see their profiles, and no more. */
@QuarkusTest
class IntroductionContextTest {

    private SignedIn requester;
    private SignedIn recipient;
    private UUID eventId;
    private UUID registration;
    private UUID introduction;
    private String photoUrl;

    @BeforeEach
    void aRequestFromAProfiledAttendeeWithAPhoto() {
        eventId = Events.published(TestData.organizer().accessToken(), 20);
        requester = TestData.attendee();
        recipient = TestData.attendee();
        Profiles.save(requester.accessToken(), Profiles.body());
        photoUrl = Photos.upload(requester.accessToken());
        registration = Events.register(requester.accessToken(), eventId);
        Events.register(recipient.accessToken(), eventId);
        introduction = Introductions.request(requester.accessToken(), eventId, recipient.id());
    }

    @Test
    void theRecipientDecidesWithTheRequestersSpecialtyPracticeTagsAndPhoto() {
        api(recipient.accessToken()).queryParam("direction", "RECEIVED").get("/api/v1/introductions").then().statusCode(200)
                .body("items[0].id", equalTo(introduction.toString()))
                .body("items[0].proposedBy.profile.specialty.name", equalTo("Ophthalmology"))
                .body("items[0].proposedBy.profile.practiceName", equalTo("Harbor Eye Associates"))
                .body("items[0].proposedBy.profile.city", equalTo("Baltimore"))
                .body("items[0].proposedBy.profile.wantsReferred", contains("retinal detachment", "diabetic retinopathy"))
                .body("items[0].proposedBy.profile.refersOut", contains("cataract surgery"))
                .body("items[0].proposedBy.profile.photoUrl", equalTo(photoUrl))
                .body("items[0].partyA.profile.photoUrl", equalTo(photoUrl))
                .body("items[0].proposedBy.profile", allOf(not(hasKey("cellNumber")), not(hasKey("email"))));
        api(recipient.accessToken()).get("/api/v1/introductions/" + introduction).then().statusCode(200)
                .body("partyA.profile.specialty.name", equalTo("Ophthalmology"))
                .body("partyB.profile.wantsReferred.size()", equalTo(0));
    }

    @Test
    void someoneTheViewerMayNoLongerSeeShowsOnlyTheirName() {
        api(requester.accessToken()).delete("/api/v1/events/" + eventId + "/registrations/" + registration)
                .then().statusCode(200);

        api(recipient.accessToken()).get("/api/v1/introductions/" + introduction).then().statusCode(200)
                .body("partyA.name", equalTo("Dr. Dana Reyes"))
                .body("partyA", not(hasKey("profile")))
                .body("proposedBy", not(hasKey("profile")))
                .body("partyB.profile", not(hasKey("photoUrl")));
    }
}
