package app.rounds.introduction;

import static app.rounds.support.Api.api;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import app.rounds.support.Events;
import app.rounds.support.Introductions;
import app.rounds.support.TestData;
import app.rounds.support.TestData.SignedIn;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class IntroductionResourceTest {

    @Inject
    EntityManager entityManager;
    @Inject
    IntroductionService service;

    private SignedIn organizer;
    private SignedIn requester;
    private SignedIn recipient;
    private SignedIn bystander;
    private UUID eventId;

    @BeforeEach
    void anEventWithThreeAttendees() {
        organizer = TestData.organizer();
        eventId = Events.published(organizer.accessToken(), 50, Map.of("openRequestLimit", 2));
        requester = TestData.attendee();
        recipient = TestData.attendee();
        bystander = TestData.attendee();
        List.of(requester, recipient, bystander).forEach(attendee -> Events.register(attendee.accessToken(), eventId));
    }

    @Test
    void requestIsPendingForBothAndNotifiesTheRecipient() {
        UUID id = Introductions.request(requester.accessToken(), eventId, recipient.id());

        api(recipient.accessToken()).queryParam("direction", "RECEIVED").get("/api/v1/introductions").then().statusCode(200)
                .body("items.id", hasItem(id.toString()))
                .body("items[0].status", equalTo("PENDING"))
                .body("items[0].kind", equalTo("REQUEST"))
                .body("items[0].partyAAnswer", equalTo("ACCEPTED"))
                .body("items[0].proposedBy.id", equalTo(requester.id().toString()));
        api(requester.accessToken()).queryParam("direction", "SENT").get("/api/v1/introductions").then().statusCode(200)
                .body("items.id", hasItem(id.toString()));
        api(recipient.accessToken()).get("/api/v1/me/notifications").then().statusCode(200)
                .body("items.kind", hasItem("INTRODUCTION_REQUESTED"));
    }

    @Test
    void acceptingConnectsTheTwoAndTellsTheRequester() {
        UUID id = Introductions.request(requester.accessToken(), eventId, recipient.id());

        String connectionId = api(recipient.accessToken()).body(Map.of("message", "Gladly"))
                .post("/api/v1/introductions/" + id + "/accept")
                .then().statusCode(200)
                .body("status", equalTo("ACCEPTED"))
                .body("answerMessage", equalTo("Gladly"))
                .body("connectionId", notNullValue())
                .extract().path("connectionId");

        api(requester.accessToken()).get("/api/v1/connections/" + connectionId).then().statusCode(200)
                .body("origin", equalTo("INTRODUCTION"))
                .body("introductionId", equalTo(id.toString()))
                .body("person.attendeeId", equalTo(recipient.id().toString()));
        api(requester.accessToken()).get("/api/v1/me/notifications").then()
                .body("items.kind", hasItem("INTRODUCTION_ACCEPTED"));
    }

    @Test
    void declineWithMessageLeavesNoConnectionAndBlocksAnotherRequestAtTheEvent() {
        UUID id = Introductions.request(requester.accessToken(), eventId, recipient.id());

        api(recipient.accessToken()).body(Map.of("message", "Not taking new referrals this year"))
                .post("/api/v1/introductions/" + id + "/decline")
                .then().statusCode(200).body("status", equalTo("DECLINED")).body("connectionId", nullValue());

        api(requester.accessToken()).get("/api/v1/connections").then().statusCode(200).body("items.size()", equalTo(0));
        problem(api(requester.accessToken()).body(request(recipient.id())).post("/api/v1/introductions").then().statusCode(409));
    }

    @Test
    void requesterWithdrawsAndTheRecipientCanNoLongerAnswer() {
        UUID id = Introductions.request(requester.accessToken(), eventId, recipient.id());

        api(requester.accessToken()).post("/api/v1/introductions/" + id + "/withdraw")
                .then().statusCode(200).body("status", equalTo("WITHDRAWN"));

        problem(api(recipient.accessToken()).post("/api/v1/introductions/" + id + "/accept").then().statusCode(409));
        api(recipient.accessToken()).get("/api/v1/me/notifications").then().body("items.kind", hasItem("INTRODUCTION_WITHDRAWN"));
    }

    @Test
    void eachPartyMarksTheMeetingOnceAndOnlyAfterAcceptance() {
        UUID id = Introductions.request(requester.accessToken(), eventId, recipient.id());
        problem(api(requester.accessToken()).post("/api/v1/introductions/" + id + "/met").then().statusCode(409));
        api(recipient.accessToken()).post("/api/v1/introductions/" + id + "/accept").then().statusCode(200);

        api(requester.accessToken()).post("/api/v1/introductions/" + id + "/met").then().statusCode(200)
                .body("metByPartyAAt", notNullValue()).body("metByPartyBAt", nullValue());
        api(requester.accessToken()).post("/api/v1/introductions/" + id + "/met").then().statusCode(200);
        api(recipient.accessToken()).post("/api/v1/introductions/" + id + "/met").then().statusCode(200)
                .body("metByPartyBAt", notNullValue());
    }

    @Test
    void organizerBrokeredIntroductionConnectsOnlyWhenBothAccept() {
        String id = api(organizer.accessToken())
                .body(Map.of("eventId", eventId, "partyAId", requester.id(), "partyBId", recipient.id(), "reason", "Retina meets optometry"))
                .post("/api/v1/introductions")
                .then().statusCode(201).body("kind", equalTo("BROKERED")).body("partyAAnswer", nullValue())
                .extract().path("id");

        api(requester.accessToken()).post("/api/v1/introductions/" + id + "/accept").then().statusCode(200)
                .body("status", equalTo("PENDING")).body("connectionId", nullValue());
        api(recipient.accessToken()).post("/api/v1/introductions/" + id + "/accept").then().statusCode(200)
                .body("status", equalTo("ACCEPTED")).body("connectionId", notNullValue());
        api(organizer.accessToken()).get("/api/v1/me/notifications").then().body("items.kind", hasItem("INTRODUCTION_ACCEPTED"));
    }

    @Test
    void attendeeBrokersOnlyBetweenTwoOfTheirConnections() {
        Map<String, Object> brokered = Map.of("eventId", eventId, "partyAId", requester.id(), "partyBId", recipient.id(),
                "reason", "You two should talk about glaucoma");
        problem(api(bystander.accessToken()).body(brokered).post("/api/v1/introductions").then().statusCode(403));

        Introductions.connectByScan(bystander.accessToken(), requester.accessToken(), eventId);
        Introductions.connectByScan(bystander.accessToken(), recipient.accessToken(), eventId);

        api(bystander.accessToken()).body(brokered).post("/api/v1/introductions").then().statusCode(201)
                .body("proposedBy.id", equalTo(bystander.id().toString()));
    }

    @Test
    void anAttendeeBrokerLearnsNeitherAttendanceNorHistoryFromARefusal() {
        SignedIn absent = TestData.attendee();
        UUID elsewhere = Events.published(organizer.accessToken(), 50);
        List.of(bystander, absent).forEach(attendee -> Events.register(attendee.accessToken(), elsewhere));
        Introductions.connectByScan(bystander.accessToken(), absent.accessToken(), elsewhere);
        Introductions.connectByScan(bystander.accessToken(), requester.accessToken(), eventId);
        Introductions.connectByScan(bystander.accessToken(), recipient.accessToken(), eventId);
        UUID declined = Introductions.request(requester.accessToken(), eventId, recipient.id());
        api(recipient.accessToken()).post("/api/v1/introductions/" + declined + "/decline").then().statusCode(200);

        String notAttending = api(bystander.accessToken()).body(Map.of("eventId", eventId, "partyAId", requester.id(),
                        "partyBId", absent.id(), "reason", "You two should talk")).post("/api/v1/introductions")
                .then().statusCode(409).extract().path("detail");
        String declinedBefore = api(bystander.accessToken()).body(Map.of("eventId", eventId, "partyAId", requester.id(),
                        "partyBId", recipient.id(), "reason", "You two should talk")).post("/api/v1/introductions")
                .then().statusCode(409).extract().path("detail");

        assertThat(notAttending).isEqualTo(declinedBefore).doesNotContainIgnoringCase("registered").doesNotContainIgnoringCase("declined");
    }

    @Test
    void anotherAttendeesIntroductionIsNotFound() {
        UUID id = Introductions.request(requester.accessToken(), eventId, recipient.id());

        problem(api(bystander.accessToken()).get("/api/v1/introductions/" + id).then().statusCode(404));
        problem(api(bystander.accessToken()).post("/api/v1/introductions/" + id + "/accept").then().statusCode(404));
        problem(api(bystander.accessToken()).post("/api/v1/introductions/" + id + "/withdraw").then().statusCode(404));
        api(bystander.accessToken()).get("/api/v1/introductions").then().statusCode(200).body("items.size()", equalTo(0));
    }

    @Test
    void organizersSeeEveryIntroductionOfAnEventButCannotAnswer() {
        UUID id = Introductions.request(requester.accessToken(), eventId, recipient.id());

        api(organizer.accessToken()).get("/api/v1/introductions/" + id).then().statusCode(200);
        api(organizer.accessToken()).queryParam("eventId", eventId).get("/api/v1/introductions").then().statusCode(200)
                .body("items.id", hasItem(id.toString()));
        problem(api(organizer.accessToken()).post("/api/v1/introductions/" + id + "/accept").then().statusCode(403));
    }

    @Test
    void requestingYourselfIsRefused() {
        problem(api(requester.accessToken()).body(request(requester.id())).post("/api/v1/introductions").then().statusCode(400))
                .body("errors[0].field", equalTo("recipientId"));
    }

    @Test
    void requestingSomeoneNotRegisteredIsRefused() {
        SignedIn elsewhere = TestData.attendee();
        problem(api(requester.accessToken()).body(request(elsewhere.id())).post("/api/v1/introductions").then().statusCode(400))
                .body("errors[0].field", equalTo("recipientId"));
    }

    @Test
    void requestingWithoutASeatIsRefused() {
        SignedIn outsider = TestData.attendee();
        problem(api(outsider.accessToken()).body(request(recipient.id())).post("/api/v1/introductions").then().statusCode(403));
    }

    @Test
    void theAllowanceOfADraftEventIsNotFound() {
        UUID draft = Events.draft(organizer.accessToken(), 10, Map.of());
        problem(api(requester.accessToken()).get("/api/v1/events/" + draft + "/introduction-allowance").then().statusCode(404));
    }

    @Test
    void requestsBeyondTheEventsCapAreRefusedAndTheAllowanceSaysSo() {
        api(requester.accessToken()).get("/api/v1/events/" + eventId + "/introduction-allowance").then().statusCode(200)
                .body("openRequestLimit", equalTo(2)).body("remaining", equalTo(2));
        Introductions.request(requester.accessToken(), eventId, recipient.id());
        Introductions.request(requester.accessToken(), eventId, bystander.id());
        SignedIn third = TestData.attendee();
        Events.register(third.accessToken(), eventId);

        problem(api(requester.accessToken()).body(request(third.id())).post("/api/v1/introductions").then().statusCode(409));
        api(requester.accessToken()).get("/api/v1/events/" + eventId + "/introduction-allowance").then().statusCode(200)
                .body("openRequests", equalTo(2)).body("remaining", equalTo(0));
    }

    @Test
    void aDuplicateInEitherDirectionIsRefused() {
        Introductions.request(requester.accessToken(), eventId, recipient.id());

        problem(api(requester.accessToken()).body(request(recipient.id())).post("/api/v1/introductions").then().statusCode(409));
        problem(api(recipient.accessToken()).body(request(requester.id())).post("/api/v1/introductions").then().statusCode(409));
    }

    @Test
    void anAlreadyConnectedPairIsNotIntroducedAgain() {
        Introductions.connectByScan(requester.accessToken(), recipient.accessToken(), eventId);
        problem(api(requester.accessToken()).body(request(recipient.id())).post("/api/v1/introductions").then().statusCode(409));
    }

    @Test
    void theRequesterCannotAnswerTheirOwnRequest() {
        UUID id = Introductions.request(requester.accessToken(), eventId, recipient.id());
        problem(api(requester.accessToken()).post("/api/v1/introductions/" + id + "/accept").then().statusCode(403));
        problem(api(recipient.accessToken()).post("/api/v1/introductions/" + id + "/withdraw").then().statusCode(403));
    }

    @Test
    void anExpiredIntroductionReadsAsExpiredAndRefusesAnswers() {
        UUID id = Introductions.request(requester.accessToken(), eventId, recipient.id());
        movePastExpiry(id);

        api(recipient.accessToken()).get("/api/v1/introductions/" + id).then().statusCode(200).body("status", equalTo("EXPIRED"));
        problem(api(recipient.accessToken()).post("/api/v1/introductions/" + id + "/accept").then().statusCode(409));
        api(requester.accessToken()).get("/api/v1/events/" + eventId + "/introduction-allowance").then()
                .body("remaining", equalTo(2));
    }

    @Test
    void theSweepMarksExpiredIntroductionsAndTellsTheRequester() {
        UUID id = Introductions.request(requester.accessToken(), eventId, recipient.id());
        movePastExpiry(id);

        service.expireDue();

        String stored = QuarkusTransaction.requiringNew().call(() -> (String) entityManager
                .createNativeQuery("SELECT status FROM introduction WHERE id = :id").setParameter("id", id).getSingleResult());
        assertThat(stored).isEqualTo("EXPIRED");
        api(requester.accessToken()).get("/api/v1/me/notifications").then().body("items.kind", hasItem("INTRODUCTION_EXPIRED"));
    }

    @Test
    void aReasonIsRequiredAndShort() {
        Map<String, Object> missing = new HashMap<>(request(recipient.id()));
        missing.remove("reason");
        app.rounds.support.Api.raw().contentType("application/json").header("Authorization", "Bearer " + requester.accessToken())
                .body(missing).post("/api/v1/introductions").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("reason"));
        Map<String, Object> tooLong = new HashMap<>(request(recipient.id()));
        tooLong.put("reason", "x".repeat(501));
        app.rounds.support.Api.raw().contentType("application/json").header("Authorization", "Bearer " + requester.accessToken())
                .body(tooLong).post("/api/v1/introductions").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("reason"));
    }

    private Map<String, Object> request(UUID recipientId) {
        return Map.of("eventId", eventId, "recipientId", recipientId, "reason", "You refer out cataract cases; I take them");
    }

    private void movePastExpiry(UUID id) {
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("UPDATE introduction SET expires_at = now() - interval '1 minute' WHERE id = :id")
                .setParameter("id", id).executeUpdate());
    }

    private static io.restassured.response.ValidatableResponse problem(io.restassured.response.ValidatableResponse response) {
        return response.contentType("application/problem+json");
    }
}
