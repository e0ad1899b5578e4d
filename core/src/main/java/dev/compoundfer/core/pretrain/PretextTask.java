package dev.compoundfer.core.pretrain;

import dev.compoundfer.core.training.OutputLoss;
import java.util.List;
import java.util.Random;

/** What a pretraining run learns from: its images, the width of the network's output and each batch's loss. */
public interface PretextTask {

  /**
   * One training batch.
   *
   * @param pixels the augmented images, {@code images * channels * size * size} floats
   * @param images how many images the batch holds (two views per source image for contrastive learning)
   * @param loss the loss of the network's outputs on them
   */
  record Batch(float[] pixels, int images, OutputLoss loss) {}

  /** {@code simclr}, {@code supervised} or {@code au}: the provenance's method. */
  String method();

  /** Number of source images; batches index into them. */
  int size();

  /** Width of the network's output: projection size, classes or action units. */
  int outputs();

  /** The batch of the source images at {@code indices}, augmented with {@code random}. */
  Batch batch(List<Integer> indices, Random random);
}
