package app.rounds.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;

/** The contract check every REST Assured test goes through tells an absent field from a null one. */
class ContractValidationTest {

    private static final OpenApiInteractionValidator VALIDATOR = OpenApiInteractionValidator
            .createForSpecificationUrl(Path.of("..", "openapi.yaml").toAbsolutePath().toUri().toString()).build();

    @Test
    void aNullWhereTheContractSaysStringIsAViolation() {
        assertThat(validate("{\"items\":[],\"nextCursor\":null}").hasErrors()).isTrue();
    }

    @Test
    void anAbsentOptionalFieldIsFine() {
        assertThat(validate("{\"items\":[]}").getMessages()).isEmpty();
    }

    private static com.atlassian.oai.validator.report.ValidationReport validate(String body) {
        return VALIDATOR.validate(SimpleRequest.Builder.get("/api/v1/me/notifications").withHeader("Authorization", "Bearer x").build(),
                SimpleResponse.Builder.ok().withContentType("application/json").withBody(body).build());
    }
}
