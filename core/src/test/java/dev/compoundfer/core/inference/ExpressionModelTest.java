package dev.compoundfer.core.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.compoundfer.core.data.Expression;
import dev.compoundfer.core.metrics.ClassAccuracy;
import dev.compoundfer.core.network.ExpressionNetwork;
import dev.compoundfer.core.training.Example;
import dev.compoundfer.core.training.NetworkSession;
import dev.compoundfer.core.training.SyntheticPatterns;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExpressionModelTest {

  @TempDir Path dir;

  @Test
  void predictsWhatTheTrainingSessionPredicts() {
    List<float[]> images =
        SyntheticPatterns.examples(Expression.basic(), 2, 5, "x").stream().map(Example::pixels).toList();
    int size = SyntheticPatterns.SIZE;
    float[][] expected;
    try (NetworkSession session =
        new NetworkSession("source", ExpressionNetwork.create("small", 6, 3L), 1, size, "cpu")) {
      expected = session.logits(images);
      ModelFiles.save(dir, new ModelDescriptor("small", size, 1, Expression.basic()), session.parameters());
    }

    try (ExpressionModel model = ExpressionModel.load(dir, "cpu")) {
      List<Prediction> predictions = model.predict(images);

      assertEquals(Expression.basic(), model.classes());
      assertEquals(16, model.version().length());
      for (int i = 0; i < images.size(); i++) {
        assertEquals(Expression.basic().get(ClassAccuracy.argMax(expected[i])), predictions.get(i).label());
        double sum = predictions.get(i).probabilities().values().stream().mapToDouble(d -> d).sum();
        assertEquals(1.0, sum, 1e-6, "probabilities sum");
        double logitGap = expected[i][0] - expected[i][1];
        double probabilityRatio =
            Math.log(predictions.get(i).probabilities().get(Expression.HAPPY)
                / predictions.get(i).probabilities().get(Expression.SAD));
        assertEquals(logitGap, probabilityRatio, 1e-5, "same logits after reload");
      }
      // One image alone may round differently from the same image in a batch (other conv kernels).
      Prediction single = model.predict(images.get(0));
      assertEquals(predictions.get(0).label(), single.label());
      assertEquals(
          predictions.get(0).probabilities().get(Expression.HAPPY), single.probabilities().get(Expression.HAPPY), 1e-6);
    }
  }
}
