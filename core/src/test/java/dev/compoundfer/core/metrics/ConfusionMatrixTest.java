package dev.compoundfer.core.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.compoundfer.core.data.Expression;
import dev.compoundfer.core.metrics.ConfusionMatrix.ClassReport;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConfusionMatrixTest {
  private static final List<Expression> CLASSES = List.of(Expression.HAPPY, Expression.SAD, Expression.ANGRY);

  @Test
  void countsPredictionsAndReportsPrecisionRecallAndF1ByHand() {
    // Given five images: two happy (one predicted sad), two sad (both right), one angry (predicted sad),
    // and one fearful image, a class the classifier does not know.
    List<Expression> truth = List.of(Expression.HAPPY, Expression.HAPPY, Expression.SAD, Expression.SAD,
        Expression.ANGRY, Expression.FEARFUL);
    float[][] logits = {{3, 1, 0}, {0, 2, 1}, {0, 5, 1}, {1, 2, 0}, {0, 4, 3}, {9, 0, 0}};

    // When
    ConfusionMatrix matrix = ConfusionMatrix.of(CLASSES, truth, logits);

    // Then: rows are true classes, columns predictions; the unknown class is left out.
    assertEquals(1, matrix.count(Expression.HAPPY, Expression.HAPPY));
    assertEquals(1, matrix.count(Expression.HAPPY, Expression.SAD));
    assertEquals(2, matrix.count(Expression.SAD, Expression.SAD));
    assertEquals(1, matrix.count(Expression.ANGRY, Expression.SAD));
    assertEquals(3.0 / 5, matrix.accuracy(), 1e-12);
    List<ClassReport> report = matrix.report();
    // happy: precision 1/1, recall 1/2, F1 2/3; sad: precision 2/4, recall 2/2, F1 2/3; angry: nothing right.
    assertReport(report.get(0), Expression.HAPPY, 1.0, 0.5, 2.0 / 3, 2);
    assertReport(report.get(1), Expression.SAD, 0.5, 1.0, 2.0 / 3, 2);
    assertReport(report.get(2), Expression.ANGRY, 0.0, 0.0, 0.0, 1);
  }

  @Test
  void macroF1AveragesTheClassesThatHaveImagesAndCountsRoundTrip() {
    // Rows = truth (happy, sad, angry), columns = prediction; angry has no test images.
    int[][] counts = {{3, 1, 0}, {0, 2, 0}, {0, 0, 0}};

    ConfusionMatrix matrix = ConfusionMatrix.ofCounts(CLASSES, counts);

    // happy: P 3/3, R 3/4, F1 6/7; sad: P 2/3, R 2/2, F1 4/5; angry (no support) is not averaged.
    assertEquals((6.0 / 7 + 4.0 / 5) / 2, matrix.macroF1(), 1e-12);
    assertEquals(5.0 / 6, matrix.accuracy(), 1e-12);
    counts[0][0] = 99;
    assertEquals(3, matrix.count(Expression.HAPPY, Expression.HAPPY), "the matrix keeps its own copy");
    assertEquals(matrix, ConfusionMatrix.ofCounts(CLASSES, matrix.counts()));
    assertThrows(IllegalArgumentException.class, () -> ConfusionMatrix.ofCounts(CLASSES, new int[2][3]));
    assertThrows(IllegalArgumentException.class,
        () -> ConfusionMatrix.ofCounts(CLASSES, new int[][] {{0, 0, 0}, {0, -1, 0}, {0, 0, 0}}));
  }

  @Test
  void refusesLabelsThatDoNotMatchThePredictions() {
    assertThrows(IllegalArgumentException.class,
        () -> ConfusionMatrix.of(CLASSES, List.of(Expression.HAPPY), new float[2][3]));
  }

  private static void assertReport(
      ClassReport actual, Expression expression, double precision, double recall, double f1, int support) {
    assertEquals(expression, actual.expression());
    assertEquals(precision, actual.precision(), 1e-12, "precision of " + expression);
    assertEquals(recall, actual.recall(), 1e-12, "recall of " + expression);
    assertEquals(f1, actual.f1(), 1e-12, "F1 of " + expression);
    assertEquals(support, actual.support(), "support of " + expression);
  }
}
