package app.rounds.attendee;

import static app.rounds.support.Api.api;
import static app.rounds.support.Api.raw;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import app.rounds.support.TestData;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class SpecialtyResourceTest {

    @Test
    void vocabularyListsSpecialtiesWithSubspecialtiesAndSuggestions() {
        var attendee = TestData.attendee();
        List<Map<String, Object>> items = api(attendee.accessToken()).get("/api/v1/specialties")
                .then().statusCode(200).extract().path("items");
        assertThat(items).hasSizeBetween(60, 100);
        Map<String, Object> ophthalmology = items.stream().filter(item -> "207W00000X".equals(item.get("code"))).findFirst().orElseThrow();
        assertThat(ophthalmology).containsEntry("name", "Ophthalmology").containsEntry("grouping", "Physician")
                .doesNotContainKey("parentCode");
        assertThat((List<String>) ophthalmology.get("suggestedTags")).contains("cataract surgery", "glaucoma");
        assertThat(items).anySatisfy(item -> assertThat(item).containsEntry("code", "207WX0107X").containsEntry("parentCode", "207W00000X"));
    }

    @Test
    void nameFilterNarrowsTheList() {
        var attendee = TestData.attendee();
        api(attendee.accessToken()).queryParam("q", "cardio").get("/api/v1/specialties")
                .then().statusCode(200)
                .body("items.name", hasItems("Cardiovascular Disease", "Interventional Cardiology", "Pediatric Cardiology"))
                .body("items.findAll { !it.name.toLowerCase().contains('cardio') }.size()", equalTo(0));
    }

    @Test
    void overlongFilterIsABadRequest() {
        var attendee = TestData.attendee();
        raw().auth().oauth2(attendee.accessToken()).queryParam("q", "x".repeat(101)).get("/api/v1/specialties")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void vocabularyRequiresAToken() {
        raw().get("/api/v1/specialties").then().statusCode(401).contentType("application/problem+json");
    }
}
