package dev.compoundfer.core.pretrain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.engine.Engine;
import dev.compoundfer.core.data.Expression;
import dev.compoundfer.core.data.image.ImagePixels;
import dev.compoundfer.core.data.synthetic.ActionUnit;
import dev.compoundfer.core.data.synthetic.SyntheticConfig;
import dev.compoundfer.core.data.synthetic.SyntheticFaces;
import dev.compoundfer.core.training.NetworkSession;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PretextTasksTest {

  @Test
  void actionUnitTargetsAreIntensitiesOverFiveAndZeroWhereAbsent() {
    Map<ActionUnit, Double> units = new EnumMap<>(ActionUnit.class);
    units.put(ActionUnit.AU12, 4.0);
    units.put(ActionUnit.AU1, 1.0);

    float[] targets = ActionUnitTask.targets(units);

    float[] expected = new float[ActionUnit.values().length];
    expected[ActionUnit.AU1.ordinal()] = 0.2f;
    expected[ActionUnit.AU12.ordinal()] = 0.8f;
    assertArrayEquals(expected, targets, 1e-6f);
  }

  @Test
  void aFewSupervisedStepsOnOneBatchLowerTheLoss() {
    SyntheticFaces faces =
        new SyntheticFaces(new SyntheticConfig(4, 16, false, 5, 1.0, SyntheticConfig.DEFAULT_FRAMING));
    List<float[]> images = new ArrayList<>();
    List<Expression> classes = List.of(Expression.HAPPY, Expression.SAD);
    for (int subject = 1; subject <= 4; subject++) {
      for (Expression expression : classes) {
        images.add(ImagePixels.toChw(faces.render(subject, expression), 16, 1));
      }
    }
    LabelTask task = new LabelTask(images, new int[] {0, 1, 0, 1, 0, 1, 0, 1}, 2, 1, 16);
    PretextTask.Batch batch = task.batch(IntStream.range(0, 8).boxed().toList(), new Random(1));

    Engine.getInstance().setRandomSeed(3);
    List<Double> losses = new ArrayList<>();
    try (NetworkSession session =
        new NetworkSession("supervised", BackbonePretraining.network("small", task.outputs(), 3L), 1, 16, "cpu")) {
      session.startTraining(1e-3);
      for (int step = 0; step < 10; step++) {
        losses.add(session.trainStep(batch.pixels(), batch.images(), batch.loss()));
      }
    }

    assertEquals(8, batch.images());
    assertTrue(losses.get(9) < 0.5 * losses.get(0), "losses " + losses);
  }

  @Test
  void refusesALabelOutsideTheClasses() {
    List<float[]> images = List.of(new float[256], new float[256]);

    assertThrows(IllegalArgumentException.class, () -> new LabelTask(images, new int[] {0, 2}, 2, 1, 16));
  }
}
