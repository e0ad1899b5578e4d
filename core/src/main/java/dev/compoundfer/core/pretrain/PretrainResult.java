package dev.compoundfer.core.pretrain;

import java.util.List;

/**
 * What a pretraining run produced and measured.
 *
 * @param parameters an {@code ExpressionNetwork} of the backbone in DJL block format whose backbone stages are the
 *     pretrained ones (head untrained, one-row classifier): what {@code PretrainedBackbone} reads
 * @param epochLosses mean batch loss per epoch
 * @param seconds wall time of the training steps, augmentation included
 * @param imagesPerSecond source images per second
 */
public record PretrainResult(byte[] parameters, List<Double> epochLosses, double seconds, double imagesPerSecond) {
  public PretrainResult {
    epochLosses = List.copyOf(epochLosses);
  }

  /** The last epoch's mean loss. */
  public double finalLoss() {
    return epochLosses.get(epochLosses.size() - 1);
  }
}
