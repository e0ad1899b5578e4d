package dev.compoundfer.core.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpreadTest {

  @Test
  void meanSampleStandardDeviationAndRangeByHand() {
    // 0.5, 0.7, 0.9: mean 0.7; squared deviations 0.04 + 0 + 0.04 = 0.08; / (3 - 1) = 0.04; sd 0.2.
    Spread spread = Spread.of(0.5, 0.7, 0.9);

    assertEquals(0.7, spread.mean(), 1e-12);
    assertEquals(0.2, spread.standardDeviation(), 1e-12);
    assertEquals(0.5, spread.min(), 1e-12);
    assertEquals(0.9, spread.max(), 1e-12);
    assertEquals(3, spread.count());
  }

  @Test
  void oneOrderHasNoSpread() {
    Spread spread = Spread.of(List.of(0.42));

    assertEquals(0.42, spread.mean(), 1e-12);
    assertEquals(0.0, spread.standardDeviation());
  }

  @Test
  void aMissingValueShowsAsNaNAndNothingIsRefused() {
    assertTrue(Double.isNaN(Spread.of(0.5, Double.NaN).mean()));
    assertThrows(IllegalArgumentException.class, () -> Spread.of(List.of()));
  }

  @Test
  void summarisesEveryMetricOverOrders() {
    // Two orders: each metric's mean is the midpoint, its sample sd |a - b| / sqrt(2).
    OrderMetrics first = new OrderMetrics(0.6, 0.4, 0.7, 0.1, -0.05, 0.5);
    OrderMetrics second = new OrderMetrics(0.8, 0.2, 0.5, 0.3, -0.15, 0.7);

    OrderMetrics.OverOrders over = OrderMetrics.overOrders(List.of(first, second));

    assertEquals(2, over.orders());
    assertEquals(0.7, over.overallAccuracy().mean(), 1e-12);
    assertEquals(0.2 / Math.sqrt(2), over.overallAccuracy().standardDeviation(), 1e-12);
    assertEquals(0.3, over.newClassAccuracy().mean(), 1e-12);
    assertEquals(0.6, over.oldClassAccuracy().mean(), 1e-12);
    assertEquals(0.2, over.forgetting().mean(), 1e-12);
    assertEquals(-0.1, over.backwardTransfer().mean(), 1e-12);
    assertEquals(0.1 / Math.sqrt(2), over.backwardTransfer().standardDeviation(), 1e-12);
    assertEquals(0.6, over.macroF1().mean(), 1e-12);
    assertEquals(0.5, over.macroF1().min(), 1e-12);
    assertEquals(0.7, over.macroF1().max(), 1e-12);
  }
}
