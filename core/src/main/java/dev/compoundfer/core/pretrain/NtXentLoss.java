package dev.compoundfer.core.pretrain;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;
import dev.compoundfer.core.training.OutputLoss;
import dev.compoundfer.core.training.Scalars;

/**
 * SimCLR's normalised temperature-scaled cross entropy (Chen et al. 2020): rows {@code 2k} and {@code 2k+1} of the
 * projections are two views of image k. Each row's positive is its partner; the other {@code 2N-2} rows are its
 * negatives: {@code l_i = -log(exp(s(i,p)/t) / sum_{j != i} exp(s(i,j)/t))} with cosine similarity s, averaged over
 * all {@code 2N} rows.
 */
public final class NtXentLoss implements OutputLoss {

  /** Added to a row's similarity with itself so that it drops out of the softmax; -inf would give NaN gradients. */
  private static final float SELF = -1e9f;

  private final float temperature;

  public NtXentLoss(double temperature) {
    if (!(temperature > 0)) {
      throw new IllegalArgumentException("temperature must be > 0, was " + temperature);
    }
    this.temperature = (float) temperature;
  }

  /** The loss of projections {@code (2N, d)}, views of one image on neighbouring rows. */
  @Override
  public NDArray compute(NDArray projections) {
    long rows = projections.getShape().get(0);
    if (rows < 2 || rows % 2 != 0) {
      throw new IllegalArgumentException("NT-Xent needs an even number (>= 2) of views, got " + rows);
    }
    NDArray norms = projections.norm(new int[] {1}, true).maximum(Scalars.of(projections, 1e-8));
    NDArray z = projections.div(norms);
    NDArray eye = projections.getManager().eye((int) rows);
    NDArray similarity = z.matMul(z.transpose()).div(Scalars.of(z, temperature)).add(eye.mul(SELF));
    // Partner of row i is i XOR 1: 1, 0, 3, 2, ...
    int[] partner = new int[(int) rows];
    for (int i = 0; i < partner.length; i++) {
      partner[i] = i ^ 1;
    }
    NDArray positives =
        projections.getManager().create(partner).oneHot((int) rows).toType(DataType.FLOAT32, false);
    return similarity.logSoftmax(1).mul(positives).sum(new int[] {1}).neg().mean();
  }
}
