package app.rounds.support;

import static io.restassured.RestAssured.given;

import java.nio.file.Path;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;

import io.restassured.specification.RequestSpecification;

/** REST Assured requests whose request and response are both checked against the committed openapi.yaml. */
public final class Api {

    private static final OpenApiValidationFilter CONTRACT = new OpenApiValidationFilter(
            OpenApiInteractionValidator.createForSpecificationUrl(Path.of("..", "openapi.yaml").toAbsolutePath().toUri().toString())
                    .build());

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

    /** A request that deliberately breaks the contract (bad input tests), so it is not validated. */
    public static RequestSpecification raw() {
        return given().accept("application/json, application/problem+json");
    }
}
