package dev.compoundfer.core.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import dev.compoundfer.core.data.Expression;
import dev.compoundfer.core.inference.ExpressionModel;
import dev.compoundfer.core.inference.ModelDescriptor;
import dev.compoundfer.core.inference.ModelFiles;
import dev.compoundfer.core.inference.Prediction;
import dev.compoundfer.core.training.NetworkSession;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code small-flat} variant: in-network standardisation and a flattening head. */
class SmallFlatTest {

  private static final int SIZE = 32;

  @TempDir Path dir;

  private static List<float[]> images(int count, long seed) {
    Random random = new Random(seed);
    List<float[]> images = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      float[] px = new float[SIZE * SIZE];
      for (int j = 0; j < px.length; j++) {
        px[j] = random.nextFloat();
      }
      images.add(px);
    }
    return images;
  }

  @Test
  void isAKnownBackboneWithStandardiseFirstAndGivesOneLogitPerClass() {
    assertTrue(Backbones.isKnown("small-flat"));
    FeatureStages stages = (FeatureStages) Backbones.features("small-flat");
    assertEquals(List.of("standardise", "conv2", "conv3", "conv4", "conv5", "head"), stages.stageNames());
    ExpressionNetwork network = ExpressionNetwork.create("small-flat", 6, 1L);
    assertEquals(new Shape(4, 6), network.getOutputShapes(new Shape[] {new Shape(4, 1, SIZE, SIZE)})[0]);
    try (NetworkSession session = new NetworkSession("flat", network, 1, SIZE, "cpu")) {
      float[][] logits = session.logits(images(3, 1L));
      assertEquals(3, logits.length);
      assertEquals(6, logits[0].length);
    }
  }

  @Test
  void outputIsInvariantToAnAffineBrightnessChange() {
    List<float[]> images = images(4, 2L);
    List<float[]> shifted = images.stream().map(px -> {
      float[] out = new float[px.length];
      for (int i = 0; i < px.length; i++) {
        out[i] = 0.4f * px[i] + 0.3f;
      }
      return out;
    }).toList();
    try (NetworkSession session =
        new NetworkSession("flat", ExpressionNetwork.create("small-flat", 6, 2L), 1, SIZE, "cpu")) {
      float[][] a = session.logits(images);
      float[][] b = session.logits(shifted);
      for (int i = 0; i < a.length; i++) {
        assertArrayEquals(a[i], b[i], 1e-4f, "image " + i);
      }
    }
  }

  @Test
  void gradCamSeesConv5AndExpansionKeepsOldRows() {
    try (NetworkSession session =
        new NetworkSession("flat", ExpressionNetwork.create("small-flat", 6, 3L), 1, SIZE, "cpu")) {
      NDManager manager = session.manager();
      try (NDManager scope = manager.newSubManager()) {
        NDArray x = scope.randomUniform(0f, 1f, new Shape(2, 1, SIZE, SIZE));
        NDList out = session.network().forwardWithLastStage(new ParameterStore(scope, false), x, a -> a, false);
        assertEquals(new Shape(2, 128, SIZE / 8, SIZE / 8), out.get(0).getShape());
        assertEquals(new Shape(2, 6), out.get(1).getShape());
      }
      float[] oldWeight = session.network().classifier().weightValues();
      session.replaceNetwork(session.network().expanded(4L));
      float[] weight = session.network().classifier().weightValues();
      assertEquals(7, session.network().classifier().classes());
      assertArrayEquals(oldWeight, Arrays.copyOf(weight, oldWeight.length), "old rows");
      assertEquals(7, session.logits(images(2, 4L))[0].length);
    }
  }

  @Test
  void savedModelPredictsWhatTheSessionPredicts() {
    List<float[]> images = images(5, 5L);
    float[][] expected;
    try (NetworkSession session =
        new NetworkSession("flat", ExpressionNetwork.create("small-flat", 6, 5L), 1, SIZE, "cpu")) {
      expected = session.logits(images);
      ModelFiles.save(dir, new ModelDescriptor("small-flat", SIZE, 1, Expression.basic()), session.parameters());
    }
    try (ExpressionModel model = ExpressionModel.load(dir, "cpu")) {
      assertEquals(SIZE, model.imageSize());
      List<Prediction> predictions = model.predict(images);
      for (int i = 0; i < images.size(); i++) {
        double gap = expected[i][0] - expected[i][1];
        double ratio = Math.log(predictions.get(i).probabilities().get(Expression.HAPPY)
            / predictions.get(i).probabilities().get(Expression.SAD));
        assertEquals(gap, ratio, 1e-5, "same logits after reload");
      }
    }
  }
}
