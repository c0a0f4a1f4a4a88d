package app.rounds.common;

import static app.rounds.support.Api.raw;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ProblemResponsesTest {

    @Test
    void malformedJsonIsABadRequestProblem() {
        raw().contentType("application/json").body("{\"email\": ")
                .post("/api/v1/auth/login")
                .then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors.field", hasItem("body"))
                .body(not(containsString("Exception")));
    }

    @Test
    void unknownFieldIsNamed() {
        raw().contentType("application/json")
                .body("{\"email\":\"a@example.org\",\"password\":\"p\",\"isAdmin\":true}")
                .post("/api/v1/auth/login")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("isAdmin"));
    }

    @Test
    void wrongTypeIsNamed() {
        raw().contentType("application/json")
                .body("{\"email\":[1,2],\"password\":\"p\"}")
                .post("/api/v1/auth/login")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("email"));
    }

    @Test
    void missingBodyIsABadRequestProblem() {
        raw().contentType("application/json")
                .post("/api/v1/auth/login")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void oversizedBodyIsRefusedAsAProblem() {
        String huge = "{\"email\":\"" + "a".repeat(2_000_000) + "\",\"password\":\"p\"}";
        raw().contentType("application/json").body(huge)
                .post("/api/v1/auth/login")
                .then().statusCode(413).contentType("application/problem+json").body("status", equalTo(413));
    }

    @Test
    void wrongMediaTypeIsAProblem() {
        raw().contentType("text/plain").body("hello")
                .post("/api/v1/auth/login")
                .then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    void wrongMethodIsAProblem() {
        raw().delete("/api/v1/me")
                .then().statusCode(405).contentType("application/problem+json");
    }

    @Test
    void unknownApiRouteIsANotFoundProblem() {
        raw().get("/api/v1/no-such-thing")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void requestIdFromTheCallerAppearsInHeaderAndProblem() {
        raw().header("X-Request-Id", "trace-1234-abcd").get("/api/v1/me")
                .then().statusCode(401)
                .header("X-Request-Id", "trace-1234-abcd")
                .body("requestId", equalTo("trace-1234-abcd"));
    }

    @Test
    void everyResponseGetsARequestId() {
        raw().get("/q/health/live").then().statusCode(200).header("X-Request-Id", not(equalTo("")));
    }
}
