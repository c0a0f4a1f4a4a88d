package app.rounds.attendee;

import static app.rounds.support.Api.api;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import app.rounds.support.EventFixtures;
import app.rounds.support.Profiles;
import app.rounds.support.StatementCounter;
import app.rounds.support.TestData;
import app.rounds.support.TestData.SignedIn;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** An event's attendee list must stay within 3 statements, so the profiles of any number of owners take at most 2. */
@QuarkusTest
class ProfileDirectoryStatementBudgetTest {

    @Inject
    StatementCounter statements;

    @Inject
    ProfileDirectory directory;

    @Inject
    ProfileService profiles;

    @Inject
    EventFixtures fixtures;

    @Test
    void profilesOfFiveOrFortyOwnersTakeTheSameFewStatements() {
        SignedIn organizer = TestData.organizer();
        SignedIn viewer = TestData.attendee();
        UUID evening = fixtures.event(organizer.id());
        fixtures.register(evening, viewer.id());
        List<UUID> owners = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            SignedIn owner = TestData.attendee();
            fixtures.register(evening, owner.id());
            if (i % 4 != 0) {
                profiles.save(owner.id(), Profiles.requestFor("Dr. Owner " + i));
            }
            owners.add(owner.id());
        }

        AtomicReference<Map<UUID, AttendeeProfileResponse>> five = new AtomicReference<>();
        AtomicReference<Map<UUID, AttendeeProfileResponse>> forty = new AtomicReference<>();
        long forFive = statements.count(() -> five.set(QuarkusTransaction.requiringNew()
                .call(() -> directory.visibleTo(viewer.id(), false, owners.subList(0, 5)))));
        long forForty = statements.count(() -> forty.set(QuarkusTransaction.requiringNew()
                .call(() -> directory.visibleTo(viewer.id(), false, owners))));

        assertThat(five.get()).hasSize(5);
        assertThat(forty.get()).hasSize(40);
        assertThat(forty.get().keySet()).containsExactlyElementsOf(owners);
        assertThat(forFive).as("the profile read itself is counted").isBetween(1L, 2L);
        assertThat(forForty).isEqualTo(forFive);
    }

    @Test
    void organizerViewOfManyOwnersAlsoStaysWithinBudget() {
        SignedIn organizer = TestData.organizer();
        List<UUID> owners = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            owners.add(TestData.attendee().id());
        }
        long count = statements.count(() -> QuarkusTransaction.requiringNew()
                .call(() -> directory.visibleTo(organizer.id(), true, owners)));
        assertThat(count).isLessThanOrEqualTo(2);
    }

    @Test
    void oneAttendeeProfileOverHttpTakesAtMostTwoStatements() {
        SignedIn organizer = TestData.organizer();
        SignedIn owner = TestData.attendee();
        SignedIn viewer = TestData.attendee();
        UUID evening = fixtures.event(organizer.id());
        fixtures.register(evening, owner.id());
        fixtures.register(evening, viewer.id());
        Profiles.save(owner.accessToken(), Profiles.body());

        long count = statements.count(() -> api(viewer.accessToken()).get("/api/v1/attendees/" + owner.id()).then().statusCode(200));
        assertThat(count).isLessThanOrEqualTo(2);
    }
}
