package app.rounds.account;

import static app.rounds.support.Api.api;
import static app.rounds.support.Api.raw;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import app.rounds.support.Concurrently;
import app.rounds.support.TestData;
import app.rounds.support.TestData.SignedIn;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Organizers grant and remove the organizer role; the company never ends up without one. The tests that need a last
 * organizer take the role from everyone else for a moment and give the configured organizer's back afterwards.
 */
@QuarkusTest
class AccountRolesTest {

    @Inject
    EntityManager entityManager;

    @AfterEach
    void theConfiguredOrganizerOrganizesAgain() {
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("UPDATE account SET roles = 'ORGANIZER' WHERE email = :email")
                .setParameter("email", TestData.ADMIN_EMAIL)
                .executeUpdate());
    }

    private static io.restassured.response.ValidatableResponse putRoles(String token, UUID accountId, Object roles) {
        return api(token).body(Map.of("roles", roles)).put("/api/v1/accounts/" + accountId + "/roles").then();
    }

    /** Signs the person in again, so that the token carries the roles they hold now. */
    private static SignedIn signInAgain(SignedIn person) {
        var response = api().body(Map.of("email", person.email(), "password", TestData.PASSWORD))
                .post("/api/v1/auth/login").then().statusCode(200).extract();
        return new SignedIn(person.id(), person.email(), response.path("accessToken"), response.cookie("rounds_refresh"));
    }

    /** An attendee made organizer by the configured one, then signed in as such. */
    private static SignedIn newOrganizer() {
        SignedIn attendee = TestData.attendee();
        putRoles(TestData.organizer().accessToken(), attendee.id(), List.of("ATTENDEE", "ORGANIZER")).statusCode(200);
        return signInAgain(attendee);
    }

    /** Takes the organizer role from every organizer but these, so that they are the only ones left. */
    private static void onlyOrganizersLeft(SignedIn remover, UUID... kept) {
        List<String> others = api(remover.accessToken()).get("/api/v1/accounts?role=ORGANIZER").then().statusCode(200)
                .extract().path("items.id");
        for (String other : others) {
            if (List.of(kept).stream().noneMatch(id -> id.toString().equals(other))) {
                putRoles(remover.accessToken(), UUID.fromString(other), List.of("ATTENDEE")).statusCode(200);
            }
        }
    }

    @Test
    void anOrganizerGrantsTheRoleAndTheNewOrganizerIsListedAndCanOrganize() {
        SignedIn attendee = TestData.attendee();
        String organizer = TestData.organizer().accessToken();
        putRoles(organizer, attendee.id(), List.of("ATTENDEE", "ORGANIZER")).statusCode(200)
                .body("id", equalTo(attendee.id().toString()))
                .body("roles", equalTo(List.of("ATTENDEE", "ORGANIZER")))
                .body("email", equalTo(attendee.email()));
        api(organizer).get("/api/v1/accounts?role=ORGANIZER").then().statusCode(200)
                .body("items.id", hasItem(attendee.id().toString()));
        api(signInAgain(attendee).accessToken()).get("/api/v1/dashboard/trends").then().statusCode(200);

        putRoles(organizer, attendee.id(), List.of("ATTENDEE")).statusCode(200)
                .body("roles", equalTo(List.of("ATTENDEE")))
                .body("email", nullValue());
        api(organizer).get("/api/v1/accounts?role=ORGANIZER").then().statusCode(200)
                .body("items.id", not(hasItem(attendee.id().toString())));
        api(signInAgain(attendee).accessToken()).get("/api/v1/dashboard/trends").then().statusCode(403);
    }

    @Test
    void anOrganizerFindsAnAccountByEmailWithoutLearningAnAttendeesAddress() {
        SignedIn attendee = TestData.attendee();
        api(TestData.organizer().accessToken()).get("/api/v1/accounts?email=" + attendee.email().toUpperCase())
                .then().statusCode(200)
                .body("items.id", equalTo(List.of(attendee.id().toString())))
                .body("items[0].email", nullValue());
        api(TestData.organizer().accessToken()).get("/api/v1/accounts?email=nobody-" + attendee.email())
                .then().statusCode(200).body("items", equalTo(List.of()));
    }

    @Test
    void anAttendeeIsRefused() {
        SignedIn attendee = TestData.attendee();
        putRoles(attendee.accessToken(), attendee.id(), List.of("ATTENDEE", "ORGANIZER")).statusCode(403)
                .contentType("application/problem+json");
        api(attendee.accessToken()).get("/api/v1/accounts?role=ORGANIZER").then().statusCode(403);
        raw().get("/api/v1/accounts?role=ORGANIZER").then().statusCode(401);
        api(signInAgain(attendee).accessToken()).get("/api/v1/me").then().statusCode(200)
                .body("roles", equalTo(List.of("ATTENDEE")));
    }

    @Test
    void anUnknownAccountIsNotFound() {
        putRoles(TestData.organizer().accessToken(), UUID.randomUUID(), List.of("ORGANIZER")).statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void aBadRoleValueOrAnEmptySetIsRefusedNamingTheField() {
        SignedIn attendee = TestData.attendee();
        String organizer = TestData.organizer().accessToken();
        raw().auth().oauth2(organizer).contentType("application/json").body(Map.of("roles", List.of("ADMIN")))
                .put("/api/v1/accounts/" + attendee.id() + "/roles")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", org.hamcrest.Matchers.startsWith("roles"));
        raw().auth().oauth2(organizer).contentType("application/json").body(Map.of("roles", List.of()))
                .put("/api/v1/accounts/" + attendee.id() + "/roles")
                .then().statusCode(400).body("errors[0].field", equalTo("roles"));
        api(organizer).get("/api/v1/accounts").then().statusCode(400).body("errors[0].field", equalTo("role"));
        api(organizer).get("/api/v1/accounts?role=ATTENDEE").then().statusCode(400).body("errors[0].field", equalTo("role"));
    }

    @Test
    void theLastOrganizerCannotRemoveTheirOwnRole() {
        SignedIn last = newOrganizer();
        onlyOrganizersLeft(last, last.id());

        putRoles(last.accessToken(), last.id(), List.of("ATTENDEE")).statusCode(409)
                .contentType("application/problem+json");
        api(last.accessToken()).get("/api/v1/accounts?role=ORGANIZER").then().statusCode(200)
                .body("items.id", equalTo(List.of(last.id().toString())));
    }

    @Test
    void twoLastOrganizersRemovingEachOtherAtOnceLeaveOne() throws Exception {
        SignedIn one = newOrganizer();
        SignedIn other = newOrganizer();
        onlyOrganizersLeft(one, one.id(), other.id());

        List<Integer> statuses = Concurrently.fireAtOnce(List.<Callable<Integer>>of(
                () -> putRoles(one.accessToken(), other.id(), List.of("ATTENDEE")).extract().statusCode(),
                () -> putRoles(other.accessToken(), one.id(), List.of("ATTENDEE")).extract().statusCode()));

        assertThat(statuses).containsOnlyOnce(200);
        assertThat(statuses).anyMatch(status -> status == 403 || status == 409);
        SignedIn survivor = statuses.get(0) == 200 ? one : other;
        api(survivor.accessToken()).get("/api/v1/accounts?role=ORGANIZER").then().statusCode(200)
                .body("items.id", equalTo(List.of(survivor.id().toString())));
    }
}
