package dev.compoundfer.core.pretrain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import dev.compoundfer.core.data.Expression;
import dev.compoundfer.core.data.image.ImagePixels;
import dev.compoundfer.core.data.synthetic.SyntheticConfig;
import dev.compoundfer.core.data.synthetic.SyntheticFaces;
import dev.compoundfer.core.training.Gradients;
import dev.compoundfer.core.training.NetworkSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class NtXentLossTest {

  @Test
  void matchesTheHandWorkedLossWhenEveryPartnerIsTheMostSimilarRow() {
    // Given two images whose two views coincide: each row's positive has cosine 1, both negatives cosine 0
    float[] z = {1, 0, 1, 0, 0, 1, 0, 1};

    // When scored at temperature 0.5 (similarities 2, 0, 0 after scaling)
    double loss = loss(z, 4, 0.5);

    // Then l = -log(e^2 / (e^2 + 1 + 1)) = log(1 + 2 e^-2) for every row
    assertEquals(Math.log(1 + 2 * Math.exp(-2)), loss, 1e-5, "NT-Xent, aligned pairs");
  }

  @Test
  void matchesTheHandWorkedLossWhenEveryPartnerIsOrthogonal() {
    // Given pairs (0, 1) and (2, 3) whose views are orthogonal while row 0 equals row 2 and row 1 equals row 3
    float[] z = {1, 0, 0, 1, 1, 0, 0, 1};

    // When scored at temperature 1
    double loss = loss(z, 4, 1.0);

    // Then l = -log(e^0 / (e^0 + e^1 + e^0)) = log(2 + e) for every row
    assertEquals(Math.log(2 + Math.E), loss, 1e-5, "NT-Xent, orthogonal pairs");
  }

  @Test
  void comparesDirectionsNotLengths() {
    float[] z = {3, 0, 0.5f, 0, 0, 2, 0, 7};

    assertEquals(Math.log(1 + 2 * Math.exp(-2)), loss(z, 4, 0.5), 1e-5, "scaled rows, same loss");
  }

  @Test
  void refusesAnOddNumberOfViews() {
    assertThrows(IllegalArgumentException.class, () -> loss(new float[] {1, 0, 0, 1, 1, 1}, 3, 0.5));
  }

  @Test
  void aFewContrastiveStepsOnOneBatchLowerTheLoss() {
    // Given eight synthetic faces and one fixed batch of their augmented views
    SyntheticFaces faces =
        new SyntheticFaces(new SyntheticConfig(8, 16, false, 3, 1.0, SyntheticConfig.DEFAULT_FRAMING));
    List<float[]> images = new ArrayList<>();
    for (int subject = 1; subject <= 8; subject++) {
      images.add(ImagePixels.toChw(faces.render(subject, Expression.HAPPY), 16, 1));
    }
    ContrastiveTask task = new ContrastiveTask(images, 1, 16, 0.5);
    PretextTask.Batch batch = task.batch(IntStream.range(0, 8).boxed().toList(), new Random(1));

    // When a small network takes ten Adam steps on it
    Engine.getInstance().setRandomSeed(5);
    List<Double> losses = new ArrayList<>();
    try (NetworkSession session =
        new NetworkSession("simclr", BackbonePretraining.network("small", task.outputs(), 5L), 1, 16, "cpu")) {
      session.startTraining(1e-3);
      for (int step = 0; step < 10; step++) {
        losses.add(session.trainStep(batch.pixels(), batch.images(), batch.loss()));
      }
    }

    // Then the loss falls well below where it started
    assertTrue(losses.get(9) < 0.8 * losses.get(0), "losses " + losses);
  }

  @Test
  void theGradientDoesNotDependOnWhenTheGarbageCollectorRuns() throws Exception {
    // Given two images' views, not yet aligned with their partners
    float[] z = {0.9f, 0.2f, 0.1f, 1.0f, -0.3f, 0.8f, 0.5f, -0.6f};
    NtXentLoss loss = new NtXentLoss(0.5);

    // When the gradient is taken once undisturbed and once with a collection between forward and backward
    float[] quiet = Gradients.of(z, new Shape(4, 2), loss::compute, false);
    float[] collected = Gradients.of(z, new Shape(4, 2), loss::compute, true);

    // Then both are the same, bit for bit (the temperature and the norm floor are scalars of the graph)
    assertArrayEquals(quiet, collected);
  }

  private static double loss(float[] z, int rows, double temperature) {
    try (NDManager manager = NDManager.newBaseManager()) {
      return new NtXentLoss(temperature)
          .compute(manager.create(z, new Shape(rows, z.length / rows)))
          .getFloat();
    }
  }
}
