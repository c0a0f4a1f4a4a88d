package app.rounds.attendee;

import static app.rounds.support.Api.api;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;

import org.junit.jupiter.api.Test;

import app.rounds.common.error.InvalidInput;
import app.rounds.support.Profiles;
import app.rounds.support.TestData;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ProfileServiceTest {

    @Inject
    ProfileService profiles;

    @Test
    void seederCanSaveAProfileWithoutARequest() {
        var attendee = TestData.attendee();
        MyProfileResponse saved = profiles.save(attendee.id(), Profiles.requestFor("Dr. Priya Raman"));
        assertThat(saved.complete()).isTrue();
        assertThat(saved.cellNumber()).isEqualTo("+14105550123");
        api(attendee.accessToken()).get("/api/v1/me/profile").then().body("fullName", equalTo("Dr. Priya Raman"));
    }

    @Test
    void programmaticSaveChecksTheSameRules() {
        var attendee = TestData.attendee();
        ProfileRequest valid = Profiles.requestFor("Dr. Priya Raman");
        ProfileRequest blankName = new ProfileRequest(" ", valid.credentials(), valid.specialtyCode(), null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null);
        ProfileRequest badNpi = new ProfileRequest("Dr. Priya Raman", valid.credentials(), valid.specialtyCode(), null, null,
                null, "1234567890", null, null, null, null, null, null, null, null, null, null, null);
        assertThatThrownBy(() -> profiles.save(attendee.id(), blankName)).isInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(() -> profiles.save(attendee.id(), badNpi)).isInstanceOf(InvalidInput.class)
                .extracting("field").isEqualTo("npi");
        assertThat(profiles.mine(attendee.id()).complete()).isFalse();
    }

    @Test
    void concurrentSavesOfOneProfileEndInOneWholeProfileAndNoServerError() throws Exception {
        var attendee = TestData.attendee();
        int writers = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<Integer>> statuses = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                String name = "Dr. Writer " + i;
                Callable<Integer> save = () -> {
                    start.await();
                    return api(attendee.accessToken()).body(Profiles.body(Map.of("fullName", name, "city", name)))
                            .put("/api/v1/me/profile").statusCode();
                };
                statuses.add(pool.submit(save));
            }
            start.countDown();
            List<Integer> codes = new ArrayList<>();
            for (Future<Integer> status : statuses) {
                codes.add(status.get());
            }
            assertThat(codes).allMatch(code -> code == 200 || code == 409).contains(200);
        } finally {
            pool.shutdownNow();
        }
        MyProfileResponse result = profiles.mine(attendee.id());
        assertThat(result.fullName()).startsWith("Dr. Writer ").isEqualTo(result.city());
    }
}
