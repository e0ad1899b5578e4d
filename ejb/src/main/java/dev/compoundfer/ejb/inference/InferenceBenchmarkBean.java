package dev.compoundfer.ejb.inference;

import ai.djl.inference.Predictor;
import ai.djl.translate.TranslateException;
import dev.compoundfer.core.inference.BatchSettings;
import dev.compoundfer.core.inference.ExpressionModel;
import dev.compoundfer.ejb.experiment.InvalidParameterException;
import dev.compoundfer.ejb.registry.ActiveModelBean;
import dev.compoundfer.ejb.security.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.concurrent.ContextService;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Caller threads from the managed thread factory drive either a bare DJL predictor each (with the same image
 * preparation the bean does, so that the difference is the container: proxy, pool, lock) or the local view through
 * its container proxy.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class InferenceBenchmarkBean implements InferenceBenchmark {
  private static final int MAX_CALLERS = 256;
  private static final int MAX_SECONDS = 900;

  @EJB private ExpressionRecognizer recognizer;
  @EJB private ActiveModelBean activeModel;
  @Resource private ManagedThreadFactory threads;
  @Resource private ContextService context;

  @Override
  public BenchmarkFigures run(String path, int callers, int seconds, byte[] image) {
    if (callers < 1 || callers > MAX_CALLERS) {
      throw new InvalidParameterException("callers", "callers must be in 1.." + MAX_CALLERS + ", was " + callers);
    }
    if (seconds < 1 || seconds > MAX_SECONDS) {
      throw new InvalidParameterException("seconds", "seconds must be in 1.." + MAX_SECONDS + ", was " + seconds);
    }
    return switch (path) {
      case "local" -> measure(path, callers, seconds, () -> () -> recognizer.recognize(image));
      case "bare" -> activeModel.use(loaded -> {
        ExpressionModel model = loaded.served().model();
        return measure(path, callers, seconds, () -> bareCaller(model, image));
      });
      default -> throw new InvalidParameterException("path", "path must be bare or local, was " + path);
    };
  }

  @Override
  public void serveWithBatching(int maxBatch, int maxWaitMillis) {
    try {
      activeModel.reload(new BatchSettings(maxBatch, Duration.ofMillis(maxWaitMillis), 1024));
    } catch (IllegalArgumentException e) {
      throw new InvalidParameterException("maxBatch", e.getMessage());
    }
  }

  /** One caller's work: decode, crop rule, pixels, and one forward pass on its own predictor. */
  private static Runnable bareCaller(ExpressionModel model, byte[] image) {
    Predictor<List<float[]>, float[][]> predictor = model.newPredictor();
    return () -> {
      float[] pixels = ImagePreparation.prepare(image, model.imageSize(), model.channels(), -1).pixels();
      try {
        model.toPrediction(predictor.predict(List.of(pixels))[0]);
      } catch (TranslateException e) {
        throw new IllegalStateException(e);
      }
    };
  }

  private interface CallerFactory {
    Runnable newCaller();
  }

  private BenchmarkFigures measure(String path, int callers, int seconds, CallerFactory factory) {
    List<Runnable> calls = new ArrayList<>(callers);
    for (int c = 0; c < callers; c++) {
      calls.add(factory.newCaller());
    }
    long started = System.nanoTime();
    long end = started + Duration.ofSeconds(seconds).toNanos();
    AtomicLong errors = new AtomicLong();
    long[][] latencies = new long[callers][];
    List<Thread> running = new ArrayList<>(callers);
    for (int c = 0; c < callers; c++) {
      int caller = c;
      // The caller's context (its user, for the local view's @RolesAllowed) travels with each thread's work.
      Runnable work = context.contextualRunnable(() -> latencies[caller] = loop(calls.get(caller), end, errors));
      Thread thread = threads.newThread(work);
      thread.start();
      running.add(thread);
    }
    running.forEach(InferenceBenchmarkBean::join);
    double elapsed = (System.nanoTime() - started) / 1e9;
    return figures(path, callers, Arrays.asList(latencies), errors.get(), elapsed);
  }

  private static long[] loop(Runnable call, long end, AtomicLong errors) {
    long[] nanos = new long[1024];
    int n = 0;
    while (System.nanoTime() < end) {
      long start = System.nanoTime();
      try {
        call.run();
      } catch (RuntimeException e) {
        errors.incrementAndGet();
        continue;
      }
      if (n == nanos.length) {
        nanos = Arrays.copyOf(nanos, n * 2);
      }
      nanos[n++] = System.nanoTime() - start;
    }
    return Arrays.copyOf(nanos, n);
  }

  private static void join(Thread thread) {
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static BenchmarkFigures figures(String path, int callers, List<long[]> perCaller, long errors,
      double seconds) {
    long[] all = perCaller.stream().flatMapToLong(Arrays::stream).sorted().toArray();
    if (all.length == 0) {
      return new BenchmarkFigures(path, callers, 0, errors, 0, 0, 0, 0);
    }
    double mean = Arrays.stream(all).average().orElse(0) / 1e6;
    return new BenchmarkFigures(path, callers, all.length, errors, all.length / seconds,
        all[(int) Math.min(all.length - 1, Math.round(0.50 * (all.length - 1)))] / 1e6,
        all[(int) Math.min(all.length - 1, Math.round(0.99 * (all.length - 1)))] / 1e6, mean);
  }
}
