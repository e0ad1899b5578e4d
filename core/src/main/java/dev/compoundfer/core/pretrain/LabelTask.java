package dev.compoundfer.core.pretrain;

import ai.djl.ndarray.NDArray;
import dev.compoundfer.core.training.Augmentation;
import dev.compoundfer.core.training.Batches;
import dev.compoundfer.core.training.CrossEntropy;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Supervised pretraining on any label set (identities, another dataset's emotions, ...): cross entropy over the
 * labels, with the teacher's augmentation (flip, small shift). The classifier is dropped afterwards.
 */
public final class LabelTask implements PretextTask {

  private final List<float[]> images;
  private final int[] labels;
  private final int classes;
  private final int channels;
  private final int imageSize;

  /**
   * @param images CHW floats in [0, 1]
   * @param labels class index per image, {@code 0 <= label < classes}
   */
  public LabelTask(List<float[]> images, int[] labels, int classes, int channels, int imageSize) {
    if (images.size() != labels.length || images.isEmpty()) {
      throw new IllegalArgumentException(
          "Need one label per image and at least one image: " + images.size() + " images, " + labels.length + " labels");
    }
    if (classes < 2) {
      throw new IllegalArgumentException("Supervised pretraining needs at least 2 classes, got " + classes);
    }
    for (int label : labels) {
      if (label < 0 || label >= classes) {
        throw new IllegalArgumentException("Label " + label + " outside 0.." + (classes - 1));
      }
    }
    this.images = List.copyOf(images);
    this.labels = labels.clone();
    this.classes = classes;
    this.channels = channels;
    this.imageSize = imageSize;
  }

  @Override
  public String method() {
    return PretrainMethod.SUPERVISED.label();
  }

  @Override
  public int size() {
    return images.size();
  }

  @Override
  public int outputs() {
    return classes;
  }

  @Override
  public Batch batch(List<Integer> indices, Random random) {
    Augmentation augmentation = new Augmentation(channels, imageSize, random.nextLong());
    List<float[]> batch = new ArrayList<>(indices.size());
    int[] batchLabels = new int[indices.size()];
    for (int i = 0; i < indices.size(); i++) {
      batch.add(augmentation.apply(images.get(indices.get(i))));
      batchLabels[i] = labels[indices.get(i)];
    }
    return new Batch(
        Batches.stack(batch, channels * imageSize * imageSize),
        batch.size(),
        outputs -> {
          NDArray y = outputs.getManager().create(batchLabels);
          return CrossEntropy.of(outputs, y);
        });
  }
}
