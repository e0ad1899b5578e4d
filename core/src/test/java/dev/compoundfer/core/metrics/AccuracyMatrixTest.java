package dev.compoundfer.core.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.compoundfer.core.data.Expression;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AccuracyMatrixTest {

  private static final Expression A = Expression.HAPPY;
  private static final Expression B = Expression.SAD;
  private static final Expression C = Expression.HAPPILY_SURPRISED;
  private static final Expression D = Expression.HAPPILY_DISGUSTED;

  // step 0: A .7 B .8        all .75
  // step 1: A .9 B .8 C .6   all .70
  // step 2: A .8 B .5 C .4 D .9  all .65
  private static final AccuracyMatrix MATRIX =
      new AccuracyMatrix(
          List.of(
              new AccuracyMatrix.Row(0, map(A, .7, B, .8), .75),
              new AccuracyMatrix.Row(1, map(A, .9, B, .8, C, .6), .70),
              new AccuracyMatrix.Row(2, map(A, .8, B, .5, C, .4, D, .9), .65)));

  @Test
  void overallAccuracyIsTheMeanOverStepsIncludingTheTeacher() {
    assertEquals((.75 + .70 + .65) / 3, MATRIX.overallAccuracy(), 1e-12);
  }

  @Test
  void forgettingIsBestEarlierMinusLastOverOldClasses() {
    // A: .9 - .8 = .1, B: .8 - .5 = .3, C: .6 - .4 = .2; D is new at the last step
    assertEquals(0.2, MATRIX.averageForgetting(), 1e-12);
  }

  @Test
  void backwardTransferIsLastMinusFirstOverOldClasses() {
    // A: .8 - .7 = .1, B: .5 - .8 = -.3, C: .4 - .6 = -.2
    assertEquals(-0.4 / 3, MATRIX.backwardTransfer(), 1e-12);
  }

  @Test
  void survivesAJsonRoundTrip() {
    AccuracyMatrix copy = AccuracyMatrix.fromJson(MATRIX.toJson());

    assertEquals(MATRIX.rows(), copy.rows());
    assertEquals(MATRIX.backwardTransfer(), copy.backwardTransfer(), 1e-12);
  }

  private static Map<Expression, Double> map(Object... pairs) {
    Map<Expression, Double> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put((Expression) pairs[i], (Double) pairs[i + 1]);
    }
    return map;
  }
}
