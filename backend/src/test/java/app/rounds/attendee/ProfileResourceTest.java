package app.rounds.attendee;

import static app.rounds.support.Api.api;
import static app.rounds.support.Api.raw;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import app.rounds.support.Profiles;
import app.rounds.support.TestData;
import app.rounds.support.TestTokens;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ProfileResourceTest {

    private static final String MY_PROFILE = "/api/v1/me/profile";

    @Test
    void profileBeforeTheFirstSaveHoldsDefaultsAndIsIncomplete() {
        var attendee = TestData.attendee();
        api(attendee.accessToken()).get(MY_PROFILE)
                .then().statusCode(200)
                .body("accountId", equalTo(attendee.id().toString()))
                .body("complete", equalTo(false))
                .body("fullName", equalTo(api(attendee.accessToken()).get("/api/v1/me").path("displayName")))
                .body("email", equalTo(attendee.email()))
                .body("credentials", equalTo(List.of()))
                .body("wantsReferred", equalTo(List.of()))
                .body("doesNotTake", equalTo(List.of()))
                .body("refersOut", equalTo(List.of()))
                .body("specialty", nullValue())
                .body("visibility.email", equalTo("CONNECTIONS"))
                .body("visibility.cellNumber", equalTo("CONNECTIONS"))
                .body("visibility.linkedinUrl", equalTo("EVENT_ATTENDEES"))
                .body("visibility.websiteUrl", equalTo("EVENT_ATTENDEES"));
    }

    @Test
    void savedProfileIsReadBackWholeWithDefaultVisibilities() {
        var attendee = TestData.attendee();
        api(attendee.accessToken()).body(Profiles.body()).put(MY_PROFILE)
                .then().statusCode(200).body("complete", equalTo(true)).body("updatedAt", notNullValue());
        api(attendee.accessToken()).get(MY_PROFILE)
                .then().statusCode(200)
                .body("complete", equalTo(true))
                .body("fullName", equalTo("Dr. Dana Reyes"))
                .body("credentials", equalTo(List.of("MD")))
                .body("specialty.code", equalTo("207W00000X"))
                .body("specialty.name", equalTo("Ophthalmology"))
                .body("subspecialty.code", equalTo("207WX0107X"))
                .body("subspecialty.name", equalTo("Retina Specialist"))
                .body("practiceName", equalTo("Harbor Eye Associates"))
                .body("city", equalTo("Baltimore"))
                .body("npi", equalTo("1234567893"))
                .body("wantsReferred", equalTo(List.of("retinal detachment", "diabetic retinopathy")))
                .body("doesNotTake", equalTo(List.of("routine eye exams")))
                .body("refersOut", equalTo(List.of("cataract surgery")))
                .body("email", equalTo("dana.reyes@example.org"))
                .body("linkedinUrl", equalTo("https://www.linkedin.com/in/dana-reyes"))
                .body("websiteUrl", equalTo("https://www.harbor-eye.example"))
                .body("visibility.cellNumber", equalTo("CONNECTIONS"))
                .body("visibility.websiteUrl", equalTo("EVENT_ATTENDEES"));
    }

    @Test
    void cellNumberIsStoredInE164UsingTheDefaultRegion() {
        var attendee = TestData.attendee();
        api(attendee.accessToken()).body(Profiles.body(Map.of("cellNumber", "(410) 555-0123"))).put(MY_PROFILE)
                .then().statusCode(200).body("cellNumber", equalTo("+14105550123"));
        api(attendee.accessToken()).get(MY_PROFILE).then().body("cellNumber", equalTo("+14105550123"));
    }

    @Test
    void tagsAreNormalisedAndDeduplicated() {
        var attendee = TestData.attendee();
        api(attendee.accessToken())
                .body(Profiles.body(Map.of("wantsReferred", List.of("  Cataract   Surgery ", "GLAUCOMA", "cataract surgery", "Pediatric\tStrabismus"))))
                .put(MY_PROFILE)
                .then().statusCode(200)
                .body("wantsReferred", equalTo(List.of("cataract surgery", "glaucoma", "pediatric strabismus")));
    }

    @Test
    void savingReplacesTheWholeProfileAndRepeatingItChangesNothing() {
        var attendee = TestData.attendee();
        Profiles.save(attendee.accessToken(), Profiles.body());
        Map<String, Object> slimmer = new HashMap<>(Map.of("fullName", "Dr. Dana Reyes-Okafor", "credentials", List.of("MD", "MBA", "MD"),
                "specialtyCode", "207R00000X", "subspecialtyCode", "207RC0000X",
                "visibility", Map.of("email", "ONLY_ME", "cellNumber", "EVENT_ATTENDEES", "linkedinUrl", "CONNECTIONS",
                        "websiteUrl", "ONLY_ME")));
        for (int time = 0; time < 2; time++) {
            api(attendee.accessToken()).body(slimmer).put(MY_PROFILE).then().statusCode(200);
        }
        api(attendee.accessToken()).get(MY_PROFILE)
                .then().statusCode(200)
                .body("fullName", equalTo("Dr. Dana Reyes-Okafor"))
                .body("credentials", equalTo(List.of("MD", "MBA")))
                .body("specialty.name", equalTo("Internal Medicine"))
                .body("subspecialty.name", equalTo("Cardiovascular Disease"))
                .body("npi", nullValue())
                .body("cellNumber", nullValue())
                .body("email", nullValue())
                .body("wantsReferred", equalTo(List.of()))
                .body("visibility.email", equalTo("ONLY_ME"))
                .body("visibility.cellNumber", equalTo("EVENT_ATTENDEES"))
                .body("visibility.linkedinUrl", equalTo("CONNECTIONS"));
    }

    static Stream<Arguments> fieldsBreakingADomainRule() {
        return Stream.of(
                Arguments.of("specialtyCode", "999999999X", "specialtyCode"),
                Arguments.of("specialtyCode", "207RC0000X", "specialtyCode"),
                Arguments.of("subspecialtyCode", "207RC0000X", "subspecialtyCode"),
                Arguments.of("subspecialtyCode", "207W00000X", "subspecialtyCode"),
                Arguments.of("npi", "1234567890", "npi"),
                Arguments.of("npi", "12345", "npi"),
                Arguments.of("cellNumber", "not a phone", "cellNumber"),
                Arguments.of("cellNumber", "12345", "cellNumber"),
                Arguments.of("cellNumber", "+1 800 555 0199", "cellNumber"),
                Arguments.of("linkedinUrl", "http://www.linkedin.com/in/dana-reyes", "linkedinUrl"),
                Arguments.of("linkedinUrl", "https://linkedin.evil.example/in/dana-reyes", "linkedinUrl"),
                Arguments.of("linkedinUrl", "https://www.linkedin.com/", "linkedinUrl"),
                Arguments.of("websiteUrl", "javascript:alert(1)", "websiteUrl"),
                Arguments.of("websiteUrl", "harbor-eye.example", "websiteUrl"),
                Arguments.of("websiteUrl", "ftp://harbor-eye.example", "websiteUrl"),
                Arguments.of("wantsReferred", List.of("glaucoma", " x "), "wantsReferred[1]"),
                Arguments.of("refersOut", List.of("r".repeat(61)), "refersOut[0]"));
    }

    @ParameterizedTest(name = "{0} = {1} is refused naming {2}")
    @MethodSource("fieldsBreakingADomainRule")
    void eachBrokenRuleNamesItsField(String field, Object value, String namedField) {
        var attendee = TestData.attendee();
        api(attendee.accessToken()).body(Profiles.body(Map.of(field, value))).put(MY_PROFILE)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of(namedField)));
    }

    static Stream<Arguments> fieldsOfTheWrongShape() {
        return Stream.of(
                Arguments.of("fullName", " ", "fullName"),
                Arguments.of("credentials", List.of(), "credentials"),
                Arguments.of("credentials", List.of("MD", "SURGEON"), "credentials[1]"),
                Arguments.of("bio", "b".repeat(1001), "bio"),
                Arguments.of("email", "not-an-email", "email"),
                Arguments.of("wantsReferred", IntStream.rangeClosed(1, 21).mapToObj(i -> "case " + i).toList(), "wantsReferred"),
                Arguments.of("visibility", Map.of("email", "EVERYONE", "cellNumber", "ONLY_ME", "linkedinUrl", "ONLY_ME",
                        "websiteUrl", "ONLY_ME"), "visibility.email"),
                Arguments.of("visibility", Map.of("email", "ONLY_ME"), "visibility.cellNumber"));
    }

    @ParameterizedTest(name = "{0} = {1} is refused naming {2}")
    @MethodSource("fieldsOfTheWrongShape")
    void eachMalformedFieldIsNamed(String field, Object value, String namedField) {
        var attendee = TestData.attendee();
        raw().auth().oauth2(attendee.accessToken()).contentType("application/json")
                .body(Profiles.body(Map.of(field, value))).put(MY_PROFILE)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(namedField));
    }

    @Test
    void nothingIsSavedWhenOneFieldIsInvalid() {
        var attendee = TestData.attendee();
        Profiles.save(attendee.accessToken(), Profiles.body());
        api(attendee.accessToken()).body(Profiles.body(Map.of("fullName", "Dr. Changed", "cellNumber", "+1 617 555 0199",
                        "npi", "1234567890")))
                .put(MY_PROFILE).then().statusCode(400);
        api(attendee.accessToken()).get(MY_PROFILE)
                .then().body("fullName", equalTo("Dr. Dana Reyes")).body("cellNumber", equalTo("+14105550123"));
    }

    @Test
    void savingChangesOnlyTheCallersOwnProfile() {
        var dana = TestData.attendee();
        var julien = TestData.attendee();
        Profiles.save(dana.accessToken(), Profiles.body());
        Profiles.save(julien.accessToken(), Profiles.body(Map.of("fullName", "Dr. Julien Tremblay", "cellNumber", "+1 514 555 0142")));

        api(dana.accessToken()).get(MY_PROFILE)
                .then().body("accountId", equalTo(dana.id().toString())).body("fullName", equalTo("Dr. Dana Reyes"))
                .body("cellNumber", equalTo("+14105550123"));
        api(julien.accessToken()).get(MY_PROFILE)
                .then().body("accountId", equalTo(julien.id().toString())).body("fullName", equalTo("Dr. Julien Tremblay"));
    }

    @Test
    void aBodyCannotNameSomeoneElsesAccount() {
        var dana = TestData.attendee();
        var julien = TestData.attendee();
        raw().auth().oauth2(dana.accessToken()).contentType("application/json")
                .body(Profiles.body(Map.of("accountId", julien.id().toString(), "fullName", "Dr. Impostor")))
                .put(MY_PROFILE)
                .then().statusCode(400).body("errors.field", equalTo(List.of("accountId")));
        api(julien.accessToken()).get(MY_PROFILE).then().body("complete", equalTo(false));
    }

    @Test
    void thereIsNoWayToWriteAnotherAttendeesProfile() {
        var dana = TestData.attendee();
        var julien = TestData.attendee();
        raw().auth().oauth2(dana.accessToken()).contentType("application/json").body(Profiles.body())
                .put("/api/v1/attendees/" + julien.id())
                .then().statusCode(405).contentType("application/problem+json");
        api(julien.accessToken()).get(MY_PROFILE).then().body("complete", equalTo(false));
    }

    @Test
    void profileRequiresAToken() {
        raw().get(MY_PROFILE).then().statusCode(401).contentType("application/problem+json");
        raw().contentType("application/json").body(Profiles.body()).put(MY_PROFILE)
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void expiredTokenIsRefused() {
        var attendee = TestData.attendee();
        api(TestTokens.expired(attendee.id())).get(MY_PROFILE).then().statusCode(401);
        raw().auth().oauth2(TestTokens.forged(attendee.id())).contentType("application/json").body(Profiles.body())
                .put(MY_PROFILE).then().statusCode(401);
    }

    @Test
    void tokenOfAnAccountThatNoLongerExistsCannotSave() {
        var token = TestTokens.signedWithPreviousKey(java.util.UUID.randomUUID(), java.util.Set.of("ATTENDEE"));
        api(token).body(Profiles.body()).put(MY_PROFILE).then().statusCode(401).contentType("application/problem+json");
        api(token).get(MY_PROFILE).then().statusCode(401);
    }
}
