package dev.compoundfer.core.training;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.ndarray.BaseNDManager;
import dev.compoundfer.core.data.Expression;
import dev.compoundfer.core.network.ExpressionNetwork;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NetworkSessionMemoryTest {

  @Test
  void twoHundredTrainingStepsLeaveNoArraysBehind() {
    List<Example> examples = SyntheticPatterns.examples(Expression.basic(), 1, 9, "m");
    float[] pixels = Batches.stack(examples.stream().map(Example::pixels).toList(), 24 * 24);
    int[] labels = new int[examples.size()];
    for (int i = 0; i < labels.length; i++) {
      labels[i] = Expression.basic().indexOf(examples.get(i).expression());
    }
    try (NetworkSession session =
        new NetworkSession("memory", ExpressionNetwork.create("small", 6, 1L), 1, 24, "cpu")) {
      session.startTraining(1e-3);
      // Warm-up: Adam creates its moment arrays on the first step.
      for (int i = 0; i < 5; i++) {
        session.trainStep(pixels, labels, new CrossEntropy());
      }
      session.logits(List.of(examples.get(0).pixels()));
      int before = liveArrays(session);

      for (int i = 0; i < 200; i++) {
        session.trainStep(pixels, labels, new CrossEntropy());
        if (i % 50 == 0) {
          session.logits(List.of(examples.get(new Random(i).nextInt(examples.size())).pixels()));
        }
      }

      assertEquals(before, liveArrays(session), "live NDArrays under the model's manager");
    }
  }

  private static int liveArrays(NetworkSession session) {
    return ((BaseNDManager) session.manager()).getManagedArrays().size();
  }
}
