package app.rounds.suggestion;

import static app.rounds.support.Api.api;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import app.rounds.support.Events;
import app.rounds.support.Profiles;
import app.rounds.support.StatementCounter;
import app.rounds.support.TestData;
import io.quarkus.test.junit.QuarkusTest;

/** Suggestions cost at most 3 SQL statements whatever the event's size, with the snapshot cached or not. */
@QuarkusTest
class SuggestionStatementBudgetTest {

    private static final int BUDGET = 3;

    @Inject
    StatementCounter statements;

    @Inject
    RelationFixtures relations;

    private TestData.SignedIn organizer;
    private TestData.SignedIn viewer;
    private UUID eventId;

    @BeforeEach
    void fillAnEvent() {
        organizer = TestData.organizer();
        eventId = Events.published(organizer.accessToken(), 50);
        viewer = seat(SuggestionResourceTest.familyDoctor("Dr. Viewer", List.of("cataract surgery")));
        for (int i = 0; i < 12; i++) {
            var surgeon = seat(SuggestionResourceTest.ophthalmologist("Dr. Surgeon " + i, List.of("cataract surgery"), List.of()));
            if (i % 3 == 0) {
                relations.introduction(eventId, viewer.id(), surgeon.id(), i % 2 == 0 ? "DECLINED" : "PENDING");
            }
        }
    }

    @Test
    void mySuggestionsFirstAndLaterRequests() {
        for (int request = 0; request < 2; request++) {
            long used = statements.count(() -> api(viewer.accessToken()).get("/api/v1/events/" + eventId + "/suggestions")
                    .then().statusCode(200));
            assertThat(used).isLessThanOrEqualTo(BUDGET);
        }
    }

    @Test
    void pairSuggestionsFirstAndLaterRequests() {
        for (int request = 0; request < 2; request++) {
            long used = statements.count(() -> api(organizer.accessToken()).get("/api/v1/events/" + eventId + "/pair-suggestions")
                    .then().statusCode(200));
            assertThat(used).isLessThanOrEqualTo(BUDGET);
        }
    }

    private TestData.SignedIn seat(java.util.Map<String, Object> profile) {
        var attendee = TestData.attendee();
        Profiles.save(attendee.accessToken(), profile);
        Events.register(attendee.accessToken(), eventId);
        return attendee;
    }
}
