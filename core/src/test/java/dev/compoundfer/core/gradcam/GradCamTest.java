package dev.compoundfer.core.gradcam;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ai.djl.ndarray.BaseNDManager;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.LambdaBlock;
import ai.djl.nn.SequentialBlock;
import ai.djl.training.ParameterStore;
import dev.compoundfer.core.data.Expression;
import dev.compoundfer.core.network.ClassifierBlock;
import dev.compoundfer.core.network.ExpressionNetwork;
import dev.compoundfer.core.training.Example;
import dev.compoundfer.core.training.NetworkSession;
import dev.compoundfer.core.training.SyntheticPatterns;
import java.nio.FloatBuffer;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class GradCamTest {

  private static final int SIZE = 8;
  private static final List<Expression> TWO_CLASSES = List.of(Expression.HAPPY, Expression.SAD);

  @Test
  void aLogitThatReadsOnlyTheTopHalfGivesAMapOnTheTopHalf() {
    // Given a hand-built network: stage A = [relu(x - 0.5), relu(0.5 - x)] (bright and dark detectors, 8x8),
    // logit HAPPY = mean of the bright channel over the top 4 rows, logit SAD = mean of the dark channel over the
    // bottom 4 rows; and an image with a bright blob in the top half and a dark blob in the bottom half
    float[] image = image();
    try (NetworkSession session = new NetworkSession("tiny", tinyNetwork(), 1, SIZE, "cpu")) {
      identityClassifier(session);
      session.freeze();
      GradCam gradCam = new GradCam(session, TWO_CLASSES);

      HeatMap happy = gradCam.map(image, Expression.HAPPY);
      HeatMap sad = gradCam.map(image, Expression.SAD);

      // Then dHAPPY/dA is positive only on the bright channel's top half, so w = (w_bright > 0, 0) and
      // cam = w_bright * bright channel: exactly the top blob after normalisation; SAD likewise the bottom blob
      for (int r = 0; r < SIZE; r++) {
        for (int c = 0; c < SIZE; c++) {
          assertEquals(image[r * SIZE + c] == 1f ? 1f : 0f, happy.at(r, c), 1e-6f, "HAPPY at " + r + "," + c);
          assertEquals(image[r * SIZE + c] == 0f ? 1f : 0f, sad.at(r, c), 1e-6f, "SAD at " + r + "," + c);
        }
      }
      assertEquals(1.0, topShare(happy), 1e-9);
      assertEquals(0.0, topShare(sad), 1e-9);
    }
  }

  @Test
  void mapsOfTheSmallBackboneHaveTheInputSizeSpanZeroToOneAndLeaveNoArraysBehind() {
    // Given a frozen small network on 24x24 images, whose last stage is the 128-channel conv block at 3x3
    List<float[]> images =
        SyntheticPatterns.examples(Expression.basic(), 1, 5, "cam").stream().map(Example::pixels).toList();
    int size = SyntheticPatterns.SIZE;
    try (NetworkSession session =
        new NetworkSession("small", ExpressionNetwork.create("small", 6, 3L), 1, size, "cpu")) {
      session.freeze();
      GradCam gradCam = new GradCam(session, Expression.basic());
      gradCam.maps(images.subList(0, 1), Expression.HAPPY);
      int before = ((BaseNDManager) session.manager()).getManagedArrays().size();

      List<HeatMap> maps = gradCam.maps(images, Expression.SURPRISED);
      gradCam.maps(images, Expression.SAD);

      assertEquals(before, ((BaseNDManager) session.manager()).getManagedArrays().size(), "live NDArrays");
      assertEquals(images.size(), maps.size());
      for (HeatMap map : maps) {
        assertEquals(size, map.height());
        assertEquals(size, map.width());
        assertEquals(1f, max(map), 1e-6f, "max after normalisation");
      }
      assertEquals(new Shape(1, 128, 3, 3), lastStageShape(session, images.get(0)));
      assertArrayEquals(
          session.logits(images.subList(0, 1))[0], splitLogits(session, images.get(0)), 1e-5f,
          "the split forward pass gives the network's logits");
    }
  }

  @Test
  void refusesASessionWhoseParametersStillLearn() {
    try (NetworkSession session = new NetworkSession("tiny", tinyNetwork(), 1, SIZE, "cpu")) {
      assertThrows(IllegalArgumentException.class, () -> new GradCam(session, TWO_CLASSES));
    }
  }

  private static ExpressionNetwork tinyNetwork() {
    SequentialBlock features =
        new SequentialBlock()
            .add(new LambdaBlock(x -> new NDList(
                x.singletonOrThrow().sub(0.5f).getNDArrayInternal().relu()
                    .concat(x.singletonOrThrow().neg().add(0.5f).getNDArrayInternal().relu(), 1))))
            .add(new LambdaBlock(x -> {
              NDArray a = x.singletonOrThrow();
              NDArray top = a.get(new NDIndex(":, 0, 0:4, :")).sum(new int[] {1, 2}).div(32f);
              NDArray bottom = a.get(new NDIndex(":, 1, 4:8, :")).sum(new int[] {1, 2}).div(32f);
              return new NDList(top.stack(bottom, 1));
            }));
    return new ExpressionNetwork(features, new ClassifierBlock(2, 1L));
  }

  private static void identityClassifier(NetworkSession session) {
    session.network().classifier().getParameters().get("weight").getArray()
        .set(FloatBuffer.wrap(new float[] {1, 0, 0, 1}));
  }

  /** Background 0.5, a bright (1) blob at rows 1-2, columns 2-5, a dark (0) blob at rows 5-6, columns 1-3. */
  private static float[] image() {
    float[] pixels = new float[SIZE * SIZE];
    java.util.Arrays.fill(pixels, 0.5f);
    for (int c = 2; c <= 5; c++) {
      pixels[SIZE + c] = 1f;
      pixels[2 * SIZE + c] = 1f;
    }
    for (int c = 1; c <= 3; c++) {
      pixels[5 * SIZE + c] = 0f;
      pixels[6 * SIZE + c] = 0f;
    }
    return pixels;
  }

  private static double topShare(HeatMap map) {
    double top = 0;
    double all = 0;
    for (int r = 0; r < map.height(); r++) {
      for (int c = 0; c < map.width(); c++) {
        all += map.at(r, c);
        top += r < map.height() / 2 ? map.at(r, c) : 0;
      }
    }
    return top / all;
  }

  private static float max(HeatMap map) {
    float max = 0;
    for (float[] row : map.values()) {
      for (float v : row) {
        max = Math.max(max, v);
      }
    }
    return max;
  }

  private static float[] splitLogits(NetworkSession session, float[] pixels) {
    int size = session.imageSize();
    try (NDManager scope = session.manager().newSubManager()) {
      NDArray x = scope.create(pixels, new Shape(1, 1, size, size));
      return session.network()
          .forwardWithLastStage(new ParameterStore(scope, false), x, UnaryOperator.identity(), false)
          .get(1)
          .toFloatArray();
    }
  }

  private static Shape lastStageShape(NetworkSession session, float[] pixels) {
    int size = session.imageSize();
    try (NDManager scope = session.manager().newSubManager()) {
      NDArray x = scope.create(pixels, new Shape(1, 1, size, size));
      NDArray stage =
          session.network().forwardWithLastStage(new ParameterStore(scope, false), x, UnaryOperator.identity(), false)
              .get(0);
      return stage.getShape();
    }
  }
}
