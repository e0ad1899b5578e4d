package dev.compoundfer.core.metrics;

import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The headline metrics of one continual run (one class order), as design.md and the ablation report them.
 *
 * @param overallAccuracy the reference's Overall Accuracy ({@link AccuracyMatrix#overallAccuracy()})
 * @param newClassAccuracy mean over the increments of the new class's recall right after its increment
 * @param oldClassAccuracy accuracy on the test images of the classes seen before the last increment, after it
 * @param forgetting {@link AccuracyMatrix#averageForgetting()} after the last increment
 * @param backwardTransfer {@link AccuracyMatrix#backwardTransfer()} after the last increment
 * @param macroF1 unweighted mean F1 over all seen classes after the last increment
 */
public record OrderMetrics(
    double overallAccuracy,
    double newClassAccuracy,
    double oldClassAccuracy,
    double forgetting,
    double backwardTransfer,
    double macroF1) {

  /**
   * Mean and spread of every metric over class orders.
   *
   * @param orders how many orders were summarised
   */
  public record OverOrders(
      Spread overallAccuracy,
      Spread newClassAccuracy,
      Spread oldClassAccuracy,
      Spread forgetting,
      Spread backwardTransfer,
      Spread macroF1,
      int orders) {}

  /** Summarises runs of the same method over different class orders; at least one. */
  public static OverOrders overOrders(List<OrderMetrics> runs) {
    return new OverOrders(
        spread(runs, OrderMetrics::overallAccuracy),
        spread(runs, OrderMetrics::newClassAccuracy),
        spread(runs, OrderMetrics::oldClassAccuracy),
        spread(runs, OrderMetrics::forgetting),
        spread(runs, OrderMetrics::backwardTransfer),
        spread(runs, OrderMetrics::macroF1),
        runs.size());
  }

  private static Spread spread(List<OrderMetrics> runs, ToDoubleFunction<OrderMetrics> metric) {
    return Spread.of(runs.stream().mapToDouble(metric).boxed().toList());
  }
}
