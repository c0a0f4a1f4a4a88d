package app.rounds.support;

import static io.restassured.RestAssured.given;

import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** REST Assured requests whose request and response are both checked against the committed openapi.yaml. */
public final class Api {

    private static final OpenApiValidationFilter CONTRACT = new OpenApiValidationFilter(ContractValidator.forCommittedContract());

    private Api() {
    }

    /** A request validated against the contract. */
    public static RequestSpecification api() {
        return given().filter(CONTRACT).contentType("application/json").accept("application/json, application/problem+json");
    }

    /** A request validated against the contract, as the holder of this bearer token. */
    public static RequestSpecification api(String accessToken) {
        return api().header("Authorization", "Bearer " + accessToken);
    }

    /**
     * Follows a 201's {@code Location} as the same caller and checks that it names what was just created (the one
     * {@code id} in both bodies); returns the created response, for chaining.
     */
    public static ExtractableResponse<Response> followLocation(ExtractableResponse<Response> created, String accessToken) {
        String location = created.header("Location");
        assertThat(location).as("Location of a 201").isNotNull().doesNotContain("/api/v1/api/v1");
        var followed = api(accessToken).get(location).then().statusCode(200).extract();
        String createdId = created.path("id");
        if (createdId != null) {
            assertThat(followed.<String>path("id")).as("id behind %s", location).isEqualTo(createdId);
        }
        return created;
    }

    /** A request that deliberately breaks the contract (bad input tests), so it is not validated. */
    public static RequestSpecification raw() {
        return given().accept("application/json, application/problem+json");
    }
}
