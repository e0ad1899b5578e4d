package dev.compoundfer.core.training;

/**
 * What one epoch did.
 *
 * @param epoch 1-based epoch number
 * @param trainLoss mean training loss over the epoch's batches
 * @param trainAccuracy accuracy on the (augmented) training batches, with dropout on
 * @param validationAccuracy accuracy on the validation set after the epoch
 * @param imagesPerSecond training throughput
 * @param improved whether validation accuracy beat the best so far by more than {@code minDelta}
 * @param stopped whether training is now finished (early stopping or the epoch limit)
 */
public record EpochSummary(
    int epoch,
    double trainLoss,
    double trainAccuracy,
    double validationAccuracy,
    double imagesPerSecond,
    boolean improved,
    boolean stopped) {}
