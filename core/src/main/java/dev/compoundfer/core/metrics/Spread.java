package dev.compoundfer.core.metrics;

import java.util.List;

/**
 * Mean and spread of one metric over runs that differ only in the class order (design.md: every metric "per class
 * order and as mean and spread over orders"). The spread is the sample standard deviation (n - 1 in the
 * denominator, as numpy's {@code std(ddof=1)}), 0 for a single run; min and max show the range.
 *
 * @param mean arithmetic mean
 * @param standardDeviation sample standard deviation, 0 when there is one value
 * @param min smallest value
 * @param max largest value
 * @param count number of values
 */
public record Spread(double mean, double standardDeviation, double min, double max, int count) {

  /** Summarises the values of one metric, one per class order; at least one value. A NaN value makes all NaN. */
  public static Spread of(List<Double> values) {
    if (values.isEmpty()) {
      throw new IllegalArgumentException("No values to summarise");
    }
    double sum = 0;
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (double value : values) {
      sum += value;
      min = Math.min(min, value);
      max = Math.max(max, value);
    }
    double mean = sum / values.size();
    double squares = 0;
    for (double value : values) {
      squares += (value - mean) * (value - mean);
    }
    double sd = values.size() < 2 ? 0 : Math.sqrt(squares / (values.size() - 1));
    return new Spread(mean, sd, min, max, values.size());
  }

  /** Convenience for {@link #of(List)}. */
  public static Spread of(double... values) {
    return of(java.util.Arrays.stream(values).boxed().toList());
  }
}
