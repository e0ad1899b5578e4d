package dev.compoundfer.core.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.compoundfer.core.data.Expression;
import dev.compoundfer.core.network.ExpressionNetwork;
import dev.compoundfer.core.training.Example;
import dev.compoundfer.core.training.NetworkSession;
import dev.compoundfer.core.training.SyntheticPatterns;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pooled predictors and micro-batching give the answers a single serial pass gives, under concurrent callers. */
class ServedModelTest {
  @TempDir Path dir;
  private final ExecutorService callers = Executors.newFixedThreadPool(16);

  @AfterEach
  void stop() {
    callers.shutdownNow();
  }

  @Test
  void concurrentCallersGetTheSerialAnswersWithBatchingOnAndOff() throws Exception {
    List<float[]> images =
        SyntheticPatterns.examples(Expression.basic(), 4, 5, "x").stream().map(Example::pixels).toList();
    int size = SyntheticPatterns.SIZE;
    try (NetworkSession session =
        new NetworkSession("source", ExpressionNetwork.create("small", 6, 3L), 1, size, "cpu")) {
      ModelFiles.save(dir, new ModelDescriptor("small", size, 1, Expression.basic()), session.parameters());
    }
    List<Prediction> serial;
    try (ExpressionModel model = ExpressionModel.load(dir, "cpu")) {
      serial = images.stream().map(model::predict).toList();
    }

    for (BatchSettings batching : List.of(BatchSettings.off(), new BatchSettings(8, Duration.ofMillis(5), 100))) {
      ServingSettings settings = new ServingSettings(2, batching, Duration.ofSeconds(30));
      try (ServedModel served = new ServedModel(ExpressionModel.load(dir, "cpu"), settings, Thread::new)) {
        List<Future<Prediction>> answers = new ArrayList<>();
        for (float[] image : images) {
          answers.add(callers.submit(() -> served.predict(image)));
        }
        List<Prediction> together = served.predictAll(images);

        for (int i = 0; i < images.size(); i++) {
          Prediction alone = answers.get(i).get();
          assertEquals(serial.get(i).label(), alone.label(), "image " + i + " with " + batching);
          assertEquals(serial.get(i).probabilities().get(Expression.HAPPY),
              alone.probabilities().get(Expression.HAPPY), 1e-5, "image " + i + " with " + batching);
          assertEquals(serial.get(i).label(), together.get(i).label(), "batch order kept, image " + i);
        }
      }
    }
  }
}
