package dev.compoundfer.core.inference;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Gathers concurrent requests into batches, so that many callers share one forward pass.
 *
 * <p>One dispatcher thread first waits for a free pass slot ({@code concurrency} passes may run at once, one per
 * pooled predictor), then takes the oldest request and lets others join until the batch is full or the oldest
 * request has waited {@code maxWait}; the pass itself runs on the worker executor. While every slot is busy,
 * arriving requests queue up, so batches grow with load and a lone caller waits at most {@code maxWait}.
 *
 * <p>The executor and thread factory come from the caller (managed ones inside the application server).
 *
 * @param <I> one request's input
 * @param <O> one request's output; the batch function returns one per input, in order
 */
public final class MicroBatcher<I, O> implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(MicroBatcher.class.getName());

  private record Pending<I, O>(I input, CompletableFuture<O> result, long arrivedNanos) {}

  private final BatchSettings settings;
  private final Function<List<I>, List<O>> pass;
  private final Executor workers;
  private final Semaphore slots;
  private final int concurrency;
  private final BlockingQueue<Pending<I, O>> queue;
  private final Thread dispatcher;
  private volatile boolean open = true;

  /**
   * Starts the dispatcher thread.
   *
   * @param pass runs one forward pass over a batch; must return one output per input
   * @param concurrency how many passes may run at once
   */
  public MicroBatcher(BatchSettings settings, Function<List<I>, List<O>> pass, int concurrency, Executor workers,
      ThreadFactory threads) {
    if (concurrency < 1) {
      throw new IllegalArgumentException("concurrency must be positive, was " + concurrency);
    }
    this.settings = Objects.requireNonNull(settings, "settings");
    this.pass = Objects.requireNonNull(pass, "pass");
    this.workers = Objects.requireNonNull(workers, "workers");
    this.concurrency = concurrency;
    this.slots = new Semaphore(concurrency);
    this.queue = new ArrayBlockingQueue<>(settings.maxQueue());
    this.dispatcher = threads.newThread(this::dispatch);
    dispatcher.setName("fer-micro-batcher");
    dispatcher.setDaemon(true);
    dispatcher.start();
  }

  /**
   * Queues one request.
   *
   * @throws OverloadedException when {@code maxQueue} requests are waiting already
   * @throws IllegalStateException after {@link #close}
   */
  public CompletableFuture<O> submit(I input) {
    if (!open) {
      throw new IllegalStateException("The batcher is closed");
    }
    Pending<I, O> pending = new Pending<>(input, new CompletableFuture<>(), System.nanoTime());
    if (!queue.offer(pending)) {
      throw new OverloadedException(
          "More than " + settings.maxQueue() + " requests are waiting for the model; try again shortly.");
    }
    return pending.result();
  }

  private void dispatch() {
    try {
      while (open || !queue.isEmpty()) {
        slots.acquire();
        Pending<I, O> first = queue.poll(100, TimeUnit.MILLISECONDS);
        if (first == null) {
          slots.release();
          continue;
        }
        List<Pending<I, O>> batch = gather(first);
        try {
          workers.execute(() -> run(batch));
        } catch (RejectedExecutionException e) {
          slots.release();
          batch.forEach(p -> p.result().completeExceptionally(e));
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      Pending<I, O> left;
      while ((left = queue.poll()) != null) {
        left.result().completeExceptionally(new IllegalStateException("The batcher was closed"));
      }
    }
  }

  private List<Pending<I, O>> gather(Pending<I, O> first) throws InterruptedException {
    List<Pending<I, O>> batch = new ArrayList<>(settings.maxBatch());
    batch.add(first);
    long deadline = first.arrivedNanos() + settings.maxWait().toNanos();
    while (batch.size() < settings.maxBatch()) {
      long left = deadline - System.nanoTime();
      Pending<I, O> next = left > 0 ? queue.poll(left, TimeUnit.NANOSECONDS) : queue.poll();
      if (next == null) {
        break;
      }
      batch.add(next);
    }
    return batch;
  }

  private void run(List<Pending<I, O>> batch) {
    try {
      List<O> outputs = pass.apply(batch.stream().map(Pending::input).toList());
      if (outputs.size() != batch.size()) {
        throw new IllegalStateException("The pass returned " + outputs.size() + " outputs for " + batch.size());
      }
      for (int i = 0; i < batch.size(); i++) {
        batch.get(i).result().complete(outputs.get(i));
      }
    } catch (RuntimeException | Error e) {
      LOG.log(Level.FINE, "A batch of " + batch.size() + " failed", e);
      batch.forEach(p -> p.result().completeExceptionally(e));
    } finally {
      slots.release();
    }
  }

  /** Refuses new requests, finishes the queued ones, and waits (up to 30 s) for running passes to end. */
  @Override
  public void close() {
    open = false;
    try {
      dispatcher.join(TimeUnit.SECONDS.toMillis(30));
      if (slots.tryAcquire(concurrency, 30, TimeUnit.SECONDS)) {
        slots.release(concurrency);
      } else {
        LOG.warning("Forward passes still running 30 s after close");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
