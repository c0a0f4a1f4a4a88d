package app.rounds.common.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class EventKeyedCacheTest {

    private record Page(UUID eventId, int number) {
    }

    @Test
    void aFloodOfDistinctPagesKeepsTheWeightUnderTheBound() {
        long bound = 200_000;
        EventKeyedCache<Page, String> pages = EventKeyedCache.boundedByWeight(bound, Duration.ofMinutes(1), Page::eventId,
                body -> 2 * body.length());
        UUID eventId = UUID.randomUUID();
        String body = "x".repeat(2_000); // 4 kB a page: 20,000 of them would be 80 MB
        for (int number = 0; number < 20_000; number++) {
            pages.get(new Page(eventId, number), page -> body);
            if (number % 1_000 == 0) {
                assertThat(pages.weight()).isLessThanOrEqualTo(bound);
            }
        }
        assertThat(pages.weight()).isPositive().isLessThanOrEqualTo(bound);
    }

    @Test
    void aKeptPageIsReadOnce() {
        EventKeyedCache<Page, String> pages = EventKeyedCache.boundedByCount(10, Duration.ofMinutes(1), Page::eventId);
        AtomicInteger reads = new AtomicInteger();
        Page page = new Page(UUID.randomUUID(), 1);
        pages.get(page, key -> "read " + reads.incrementAndGet());
        assertThat(pages.get(page, key -> "read " + reads.incrementAndGet())).isEqualTo("read 1");
    }

    @Test
    void aFailedReadReachesItsCallersAndIsNotKept() throws Exception {
        EventKeyedCache<Page, String> pages = EventKeyedCache.boundedByCount(10, Duration.ofMinutes(1), Page::eventId);
        Page page = new Page(UUID.randomUUID(), 1);
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch fail = new CountDownLatch(1);
        CompletableFuture<String> failing = CompletableFuture.supplyAsync(() -> pages.get(page, key -> {
            reading.countDown();
            await(fail);
            throw new IllegalStateException("database down");
        }));
        assertThat(reading.await(5, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<String> waiting = CompletableFuture.supplyAsync(() -> pages.get(page, key -> "not read: it waits"));
        Thread.sleep(300); // the second caller is waiting for the first one's read by now
        fail.countDown();
        for (CompletableFuture<String> caller : List.of(failing, waiting)) {
            assertThatThrownBy(() -> caller.get(5, TimeUnit.SECONDS)).hasCauseInstanceOf(IllegalStateException.class);
        }
        assertThat(pages.get(page, key -> "read again")).isEqualTo("read again");
    }

    @Test
    void invalidatingAnEventDropsItsPagesOnly() {
        EventKeyedCache<Page, String> pages = EventKeyedCache.boundedByCount(10, Duration.ofMinutes(1), Page::eventId);
        Page changed = new Page(UUID.randomUUID(), 1);
        Page other = new Page(UUID.randomUUID(), 1);
        pages.get(changed, key -> "old");
        pages.get(other, key -> "other");
        pages.invalidateEvent(changed.eventId());
        assertThat(pages.get(changed, key -> "new")).isEqualTo("new");
        assertThat(pages.get(other, key -> "reread")).isEqualTo("other");
    }

    @Test
    void aReadOverlappingAnInvalidationAnswersItsRequestButIsNotKept() throws Exception {
        EventKeyedCache<Page, String> pages = EventKeyedCache.boundedByCount(10, Duration.ofMinutes(1), Page::eventId);
        Page page = new Page(UUID.randomUUID(), 1);
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch changed = new CountDownLatch(1);
        CompletableFuture<String> overlapping = CompletableFuture.supplyAsync(() -> pages.get(page, key -> {
            reading.countDown();
            await(changed);
            return "before the change";
        }));
        assertThat(reading.await(5, TimeUnit.SECONDS)).isTrue();
        pages.invalidateEvent(page.eventId());
        changed.countDown();
        assertThat(overlapping.get(5, TimeUnit.SECONDS)).isEqualTo("before the change");
        assertThat(pages.get(page, key -> "after the change")).isEqualTo("after the change");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
