package dev.compoundfer.core.pretrain;

import dev.compoundfer.core.training.Batches;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * SimCLR on unlabeled images: two {@link StrongAugmentation strongly augmented} views of every image, projected and
 * scored with {@link NtXentLoss}. The projection head is the reference head plus a linear layer of
 * {@link #PROJECTION} outputs; both are dropped afterwards, so that only the convolutional stages carry over.
 */
public final class ContrastiveTask implements PretextTask {

  /** Width of the projection, as small as SimCLR's ablation allows (its results vary little from 32 to 2048). */
  public static final int PROJECTION = 64;

  private final List<float[]> images;
  private final int channels;
  private final int imageSize;
  private final NtXentLoss loss;

  /**
   * @param images CHW floats in [0, 1], {@code channels * imageSize * imageSize} each
   * @param temperature NT-Xent's temperature (SimCLR: 0.1 to 0.5; lower weighs hard negatives more)
   */
  public ContrastiveTask(List<float[]> images, int channels, int imageSize, double temperature) {
    if (images.size() < 2) {
      throw new IllegalArgumentException("Contrastive pretraining needs at least 2 images, got " + images.size());
    }
    this.images = List.copyOf(images);
    this.channels = channels;
    this.imageSize = imageSize;
    this.loss = new NtXentLoss(temperature);
  }

  @Override
  public String method() {
    return PretrainMethod.SIMCLR.label();
  }

  @Override
  public int size() {
    return images.size();
  }

  @Override
  public int outputs() {
    return PROJECTION;
  }

  @Override
  public Batch batch(List<Integer> indices, Random random) {
    StrongAugmentation augmentation = new StrongAugmentation(channels, imageSize, random.nextLong());
    List<float[]> views = new ArrayList<>(2 * indices.size());
    for (int index : indices) {
      views.add(augmentation.apply(images.get(index)));
      views.add(augmentation.apply(images.get(index)));
    }
    return new Batch(Batches.stack(views, channels * imageSize * imageSize), views.size(), loss);
  }
}
