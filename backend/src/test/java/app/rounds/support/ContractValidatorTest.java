package app.rounds.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;

/** The contract validator used by {@code api()} catches what the contract's types rule out, nulls included. */
class ContractValidatorTest {

    private static final String CONTRACT = """
            openapi: 3.1.0
            info: {title: probe, version: "1"}
            paths:
              /things:
                get:
                  responses:
                    "200":
                      description: One page
                      content:
                        application/json:
                          schema:
                            type: object
                            required: [items]
                            properties:
                              items: {type: array, items: {type: string, examples: [a]}}
                              nextCursor: {type: string}
                              note: {type: [string, "null"]}
                              position: {type: integer, format: int32}
            """;

    private static final OpenApiInteractionValidator VALIDATOR = ContractValidator.forContract(CONTRACT);

    @Test
    void nullWhereTheContractSaysStringIsRefused() {
        assertThat(thingsAnswering("{\"items\":[],\"nextCursor\":null}").hasErrors()).isTrue();
    }

    @Test
    void nullWhereTheContractSaysIntegerIsRefused() {
        assertThat(thingsAnswering("{\"items\":[],\"position\":null}").hasErrors()).isTrue();
    }

    @Test
    void wrongTypeIsRefused() {
        assertThat(thingsAnswering("{\"items\":[],\"nextCursor\":5}").hasErrors()).isTrue();
    }

    @Test
    void nullWhereTheContractDeclaresNullIsAccepted() {
        assertThat(thingsAnswering("{\"items\":[\"a\"],\"note\":null}").getMessages()).isEmpty();
    }

    @Test
    void absentOptionalFieldsAreAccepted() {
        assertThat(thingsAnswering("{\"items\":[],\"nextCursor\":\"abc\",\"position\":3}").getMessages()).isEmpty();
    }

    @Test
    void committedContractRefusesANullNextCursor() {
        ValidationReport report = ContractValidator.forCommittedContract().validate(
                SimpleRequest.Builder.get("/api/v1/me/notifications").withHeader("Authorization", "Bearer token").build(),
                SimpleResponse.Builder.ok().withContentType("application/json").withBody("{\"items\":[],\"nextCursor\":null}").build());
        assertThat(report.hasErrors()).isTrue();
    }

    private static ValidationReport thingsAnswering(String body) {
        return VALIDATOR.validate(SimpleRequest.Builder.get("/things").build(),
                SimpleResponse.Builder.ok().withContentType("application/json").withBody(body).build());
    }
}
