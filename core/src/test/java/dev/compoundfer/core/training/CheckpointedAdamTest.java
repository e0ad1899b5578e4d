package dev.compoundfer.core.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.engine.Engine;
import ai.djl.ndarray.BaseNDManager;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.optimizer.Adam;
import ai.djl.training.tracker.Tracker;
import dev.compoundfer.core.data.Expression;
import dev.compoundfer.core.network.ExpressionNetwork;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CheckpointedAdamTest {

  private static final float LEARNING_RATE = 3e-3f;

  @Test
  void updatesWeightsBitForBitAsDjlsAdam() {
    try (NDManager manager = NDManager.newBaseManager("PyTorch")) {
      NDArray djlWeight = manager.create(new float[] {0.5f, -1.25f, 2f, 0.001f, -3f, 0.75f}, new Shape(2, 3));
      NDArray ownWeight = djlWeight.duplicate();
      Adam djl = Adam.builder().optLearningRateTracker(Tracker.fixed(LEARNING_RATE)).build();
      Random random = new Random(5);

      try (AdamState state = new AdamState(manager)) {
        CheckpointedAdam own = new CheckpointedAdam(LEARNING_RATE, state);
        for (int step = 0; step < 6; step++) {
          NDArray grad = manager.create(gradient(random, 6), new Shape(2, 3));
          djl.update("w", djlWeight, grad);
          own.update("w", ownWeight, grad);
        }
      }

      assertArrayEquals(djlWeight.toFloatArray(), ownWeight.toFloatArray(), 0f, "weights after six steps");
    }
  }

  @Test
  void aChangedLearningRateUpdatesAsDjlsAdamWithAStepSchedule() {
    try (NDManager manager = NDManager.newBaseManager("PyTorch")) {
      NDArray djlWeight = manager.create(new float[] {0.5f, -1.25f, 2f, 0.001f, -3f, 0.75f}, new Shape(2, 3));
      NDArray ownWeight = djlWeight.duplicate();
      float decayed = LEARNING_RATE * 0.1f;
      // DJL counts updates from 1: steps 1-3 at the full rate, 4-6 decayed, moments kept throughout.
      Adam djl = Adam.builder().optLearningRateTracker((parameter, t) -> t <= 3 ? LEARNING_RATE : decayed).build();
      Random random = new Random(7);

      try (AdamState state = new AdamState(manager)) {
        CheckpointedAdam own = new CheckpointedAdam(LEARNING_RATE, state);
        for (int step = 0; step < 6; step++) {
          if (step == 3) {
            own.setLearningRate(decayed);
          }
          NDArray grad = manager.create(gradient(random, 6), new Shape(2, 3));
          djl.update("w", djlWeight, grad);
          own.update("w", ownWeight, grad);
        }
      }

      assertArrayEquals(djlWeight.toFloatArray(), ownWeight.toFloatArray(), 0f, "weights after six steps");
    }
  }

  @Test
  void continuesFromARestoredStateAsIfNeverInterrupted() {
    Batch batch = batch();
    byte[] uninterrupted;
    byte[] parametersAfterTwo;
    byte[] optimizerAfterTwo;
    try (NetworkSession session = session()) {
      session.startTraining(LEARNING_RATE);
      steps(session, batch, 0, 2);
      parametersAfterTwo = session.parameters();
      optimizerAfterTwo = session.optimizerState();
      steps(session, batch, 2, 4);
      uninterrupted = session.parameters();
    }

    try (NetworkSession resumed = session()) {
      resumed.loadParameters(parametersAfterTwo);
      resumed.startTraining(LEARNING_RATE);
      resumed.restoreOptimizerState(optimizerAfterTwo);
      steps(resumed, batch, 2, 4);

      assertArrayEquals(uninterrupted, resumed.parameters());
    }
  }

  @Test
  void closingTheStateReleasesTheMoments() {
    try (NDManager manager = NDManager.newBaseManager("PyTorch")) {
      NDArray weight = manager.create(new float[] {1f, 2f, 3f});
      NDArray grad = manager.create(new float[] {0.1f, -0.2f, 0.3f});
      int before = ((BaseNDManager) manager).getManagedArrays().size();
      AdamState state = new AdamState(manager);
      new CheckpointedAdam(LEARNING_RATE, state).update("w", weight, grad);
      int during = ((BaseNDManager) manager).getManagedArrays().size();

      state.close();

      assertEquals(before + 2, during, "mean and variance while training");
      assertEquals(before, ((BaseNDManager) manager).getManagedArrays().size(), "after close");
    }
  }

  private static NetworkSession session() {
    return new NetworkSession("adam", ExpressionNetwork.create("small", 6, 3L), 1, SyntheticPatterns.SIZE, "cpu");
  }

  /** Steps {@code from..to-1}, each with the engine seeded by its index so that dropout is the same in every run. */
  private static void steps(NetworkSession session, Batch batch, int from, int to) {
    for (int step = from; step < to; step++) {
      Engine.getInstance().setRandomSeed(100 + step);
      session.trainStep(batch.pixels(), batch.labels(), new CrossEntropy());
    }
  }

  private static Batch batch() {
    List<Example> examples = SyntheticPatterns.examples(Expression.basic(), 1, 9, "adam");
    int[] labels = new int[examples.size()];
    for (int i = 0; i < labels.length; i++) {
      labels[i] = Expression.basic().indexOf(examples.get(i).expression());
    }
    int pixels = SyntheticPatterns.CHANNELS * SyntheticPatterns.SIZE * SyntheticPatterns.SIZE;
    return new Batch(Batches.stack(examples.stream().map(Example::pixels).toList(), pixels), labels);
  }

  private static float[] gradient(Random random, int n) {
    float[] values = new float[n];
    for (int i = 0; i < n; i++) {
      values[i] = (float) random.nextGaussian();
    }
    return values;
  }

  private record Batch(float[] pixels, int[] labels) {}
}
