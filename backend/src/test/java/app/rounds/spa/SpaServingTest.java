package app.rounds.spa;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The built SPA is served at / and for its client-side routes, while the API keeps its own 404s. */
@QuarkusTest
class SpaServingTest {

    @BeforeAll
    static void requireBuiltSpa() {
        SpaBuild.requireBuilt();
    }

    @Test
    void rootServesTheSpa() {
        given().get("/").then().statusCode(200).contentType(containsString("text/html")).body(containsString("<div id=\"root\">"));
    }

    @Test
    void deepLinkServesTheSpa() {
        given().get("/organizer").then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("<div id=\"root\">"));
    }

    @Test
    void missingAssetIsNotTheSpa() {
        given().get("/assets/no-such-file.js").then().statusCode(404);
    }

    @Test
    void unknownApiPathIsNotTheSpa() {
        given().get("/api/v1/nothing-here").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void theSpaItsAssetsAndTheApiCarrySecurityHeaders() {
        for (String path : new String[] {"/", "/organizer", "/favicon.svg", "/api/v1/specialties", "/api/v1/nothing-here"}) {
            given().get(path).then()
                    .header("Content-Security-Policy", containsString("default-src 'self'"))
                    .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                    .header("Strict-Transport-Security", containsString("max-age="))
                    .header("X-Content-Type-Options", "nosniff")
                    .header("Referrer-Policy", "no-referrer");
        }
    }
}
