package dev.compoundfer.core.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Real threads, real waiting: many callers, one batcher. */
class MicroBatcherTest {
  private final ExecutorService workers = Executors.newFixedThreadPool(4);
  private final ExecutorService callers = Executors.newFixedThreadPool(64);

  @AfterEach
  void stop() {
    workers.shutdownNow();
    callers.shutdownNow();
  }

  @Test
  void concurrentCallersShareForwardPassesAndEachGetsItsOwnAnswer() throws Exception {
    List<Integer> batchSizes = new CopyOnWriteArrayList<>();
    // A pass that takes a while, as a forward pass does, and doubles each input.
    Function<List<Integer>, List<Integer>> pass = inputs -> {
      batchSizes.add(inputs.size());
      sleep(20);
      return inputs.stream().map(i -> 2 * i).toList();
    };
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Integer>> answers = new ArrayList<>();

    try (MicroBatcher<Integer, Integer> batcher = batcher(16, 50, 1000, 1, pass)) {
      for (int i = 0; i < 64; i++) {
        int input = i;
        answers.add(callers.submit(() -> {
          start.await();
          return batcher.submit(input).get(10, TimeUnit.SECONDS);
        }));
      }
      start.countDown();
      for (int i = 0; i < 64; i++) {
        assertEquals(2 * i, answers.get(i).get(20, TimeUnit.SECONDS), "caller " + i + " gets its own answer");
      }
    }

    assertEquals(64, batchSizes.stream().mapToInt(Integer::intValue).sum(), "every request in exactly one pass");
    assertTrue(batchSizes.stream().allMatch(size -> size <= 16), "no pass above maxBatch: " + batchSizes);
    assertTrue(batchSizes.size() <= 16, "64 concurrent callers share passes: " + batchSizes);
  }

  @Test
  void neverRunsMorePassesAtOnceThanItsConcurrency() throws Exception {
    AtomicInteger running = new AtomicInteger();
    AtomicInteger mostAtOnce = new AtomicInteger();
    Function<List<Integer>, List<Integer>> pass = inputs -> {
      mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
      sleep(10);
      running.decrementAndGet();
      return inputs;
    };
    List<CompletableFuture<Integer>> answers = new ArrayList<>();

    try (MicroBatcher<Integer, Integer> batcher = batcher(2, 0, 1000, 2, pass)) {
      for (int i = 0; i < 40; i++) {
        answers.add(batcher.submit(i));
      }
      CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)).get(20, TimeUnit.SECONDS);
    }

    assertEquals(2, mostAtOnce.get(), "two predictors, two passes at once at most");
  }

  @Test
  void aLoneCallerIsAnsweredAfterAtMostTheWaitWithoutCompany() throws Exception {
    try (MicroBatcher<Integer, Integer> batcher = batcher(16, 20, 100, 1, inputs -> inputs)) {
      assertEquals(7, batcher.submit(7).get(5, TimeUnit.SECONDS));
    }
  }

  @Test
  void aFailedPassFailsItsCallersAndTheNextPassServesAgain() throws Exception {
    Function<List<Integer>, List<Integer>> pass = inputs -> {
      if (inputs.contains(-1)) {
        throw new IllegalStateException("the device failed");
      }
      return inputs;
    };

    try (MicroBatcher<Integer, Integer> batcher = batcher(1, 0, 100, 1, pass)) {
      ExecutionException failed =
          assertThrows(ExecutionException.class, () -> batcher.submit(-1).get(5, TimeUnit.SECONDS));
      assertInstanceOf(IllegalStateException.class, failed.getCause());

      assertEquals(3, batcher.submit(3).get(5, TimeUnit.SECONDS));
    }
  }

  @Test
  void refusesRequestsBeyondTheQueueLimitInsteadOfQueueingWithoutBound() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    Function<List<Integer>, List<Integer>> blocked = inputs -> {
      await(release);
      return inputs;
    };

    try (MicroBatcher<Integer, Integer> batcher = batcher(1, 0, 3, 1, blocked)) {
      List<CompletableFuture<Integer>> accepted = new ArrayList<>();
      accepted.add(batcher.submit(0));
      sleep(200); // the dispatcher has taken request 0 into the blocked pass
      for (int i = 1; i <= 3; i++) {
        accepted.add(batcher.submit(i));
      }

      assertThrows(OverloadedException.class, () -> batcher.submit(99));

      release.countDown();
      for (int i = 0; i < accepted.size(); i++) {
        assertEquals(i, accepted.get(i).get(5, TimeUnit.SECONDS));
      }
    }
  }

  @Test
  void closeFinishesQueuedRequestsAndRefusesNewOnes() throws Exception {
    MicroBatcher<Integer, Integer> batcher = batcher(4, 5, 100, 1, inputs -> {
      sleep(5);
      return inputs;
    });
    List<CompletableFuture<Integer>> queued = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      queued.add(batcher.submit(i));
    }

    batcher.close();

    for (int i = 0; i < 20; i++) {
      assertEquals(i, queued.get(i).get(5, TimeUnit.SECONDS));
    }
    assertThrows(IllegalStateException.class, () -> batcher.submit(1));
  }

  private MicroBatcher<Integer, Integer> batcher(int maxBatch, int waitMillis, int maxQueue, int concurrency,
      Function<List<Integer>, List<Integer>> pass) {
    BatchSettings settings = new BatchSettings(maxBatch, Duration.ofMillis(waitMillis), maxQueue);
    return new MicroBatcher<>(settings, pass, concurrency, workers, Thread::new);
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
