package dev.compoundfer.core.replay;

import java.util.ArrayList;
import java.util.List;

/**
 * iCaRL's herding (Rebuffi et al. 2017): picks, one at a time, the image that brings the mean of the chosen feature
 * vectors closest to the class mean, so that any prefix of the ranking approximates the class mean.
 *
 * <p>Features are not L2-normalised (as Avalanche's {@code HerdingSelectionStrategy}): the sigmoid head's 32 features
 * are already bounded in (0, 1). Ties go to the earlier image.
 */
public final class Herding implements SelectionPolicy {

  @Override
  public List<Integer> rank(Candidates candidates) {
    float[][] features = candidates.features();
    int n = features.length;
    if (n == 0) {
      return List.of();
    }
    double[] mean = mean(features);
    double[] chosenSum = new double[mean.length];
    boolean[] taken = new boolean[n];
    List<Integer> order = new ArrayList<>(n);
    for (int k = 1; k <= n; k++) {
      int best = -1;
      double bestDistance = Double.POSITIVE_INFINITY;
      for (int i = 0; i < n; i++) {
        if (!taken[i]) {
          double distance = distanceOfMean(mean, chosenSum, features[i], k);
          if (distance < bestDistance) {
            best = i;
            bestDistance = distance;
          }
        }
      }
      taken[best] = true;
      order.add(best);
      for (int d = 0; d < mean.length; d++) {
        chosenSum[d] += features[best][d];
      }
    }
    return order;
  }

  private static double[] mean(float[][] features) {
    double[] mean = new double[features[0].length];
    for (float[] f : features) {
      for (int d = 0; d < mean.length; d++) {
        mean[d] += f[d] / features.length;
      }
    }
    return mean;
  }

  /** Squared distance between the class mean and the mean of the k chosen vectors if {@code candidate} joins. */
  private static double distanceOfMean(double[] mean, double[] chosenSum, float[] candidate, int k) {
    double sum = 0;
    for (int d = 0; d < mean.length; d++) {
      double diff = mean[d] - (chosenSum[d] + candidate[d]) / k;
      sum += diff * diff;
    }
    return sum;
  }
}
