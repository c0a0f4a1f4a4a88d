package app.rounds.account;

import static app.rounds.support.Api.api;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import app.rounds.support.StatementCounter;
import app.rounds.support.TestData;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class MeStatementBudgetTest {

    @Inject
    StatementCounter statements;

    @Test
    void meReadsOneRow() {
        var attendee = TestData.attendee();
        long count = statements.count(() -> api(attendee.accessToken()).get("/api/v1/me").then().statusCode(200));
        assertThat(count).isEqualTo(1);
    }
}
