package app.rounds.contract;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The committed openapi.yaml is the contract; it must say exactly what the service serves. */
@QuarkusTest
class OpenApiContractTest {

    static final Path CONTRACT = Path.of("..", "openapi.yaml");
    private static final String REWRITE_COMMAND =
            "./mvnw -pl backend -am verify -Dtest=OpenApiContractTest -Dsurefire.failIfNoSpecifiedTests=false -Drounds.contract.write=true";

    @Test
    void committedContractEqualsServedContract() throws IOException {
        String served = given().accept("application/yaml").when().get("/q/openapi?format=yaml")
                .then().statusCode(200).extract().asString();
        if (Boolean.getBoolean("rounds.contract.write")) {
            Files.writeString(CONTRACT, served);
        }
        String committed = Files.exists(CONTRACT) ? Files.readString(CONTRACT) : "";
        assertThat(committed)
                .withFailMessage("openapi.yaml differs from the served contract. Rewrite it with:%n  %s%nthen review the diff.",
                        REWRITE_COMMAND)
                .isEqualTo(served);
    }

    @Test
    void everyOperationHasIdSummaryAndErrorResponses() throws IOException {
        var openApi = new io.swagger.v3.parser.OpenAPIV3Parser().readContents(Files.readString(CONTRACT)).getOpenAPI();
        openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            String name = method + " " + path;
            assertThat(operation.getOperationId()).as("operationId of %s", name).isNotBlank();
            assertThat(operation.getSummary()).as("summary of %s", name).isNotBlank();
            assertThat(operation.getResponses().keySet()).as("responses of %s", name)
                    .anyMatch(code -> code.startsWith("2"));
            boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty()
                    && !operation.getSecurity().get(0).isEmpty();
            if (secured) {
                assertThat(operation.getResponses()).as("401 of secured %s", name).containsKey("401");
            }
            boolean takesInput = operation.getRequestBody() != null || (operation.getParameters() != null
                    && operation.getParameters().stream().anyMatch(parameter -> "path".equals(parameter.getIn())));
            if (takesInput) {
                assertThat(operation.getResponses().keySet()).as("an input error response of %s", name)
                        .anyMatch(code -> code.equals("400") || code.equals("404"));
            }
        }));
    }
}
