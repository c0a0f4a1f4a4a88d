package app.rounds.spa;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The built SPA is served at / and for its client-side routes, while the API keeps its own 404s; its hashed bundles are
 * kept by browsers, the files naming them are revalidated.
 */
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

    @Test
    void indexTheServiceWorkerAndTheManifestAreRevalidatedOnEveryUse() {
        for (String path : new String[] {"/", "/index.html", "/organizer", "/sw.js", "/manifest.webmanifest"}) {
            given().get(path).then().statusCode(200).header("Cache-Control", "no-cache");
        }
        given().get("/manifest.webmanifest").then()
                .contentType(containsString("application/manifest+json"))
                .body(containsString("\"display\":\"standalone\""), containsString("\"start_url\":\"/\""),
                        containsString("maskable"));
        given().get("/sw.js").then().contentType(containsString("javascript"));
    }

    @Test
    void hashedBundlesAreKeptForAYear() {
        String index = given().get("/").then().statusCode(200).extract().asString();
        Matcher script = Pattern.compile("src=\"(/assets/[^\"]+\\.js)\"").matcher(index);
        assertThat(script.find()).as("a bundle named in index.html").isTrue();

        given().get(script.group(1)).then().statusCode(200).header("Cache-Control", "public, max-age=31536000, immutable");
        given().get("/assets/no-such-file.js").then().statusCode(404).header("Cache-Control", not(containsString("immutable")));
    }
}
