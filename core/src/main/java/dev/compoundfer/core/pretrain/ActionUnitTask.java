package dev.compoundfer.core.pretrain;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import dev.compoundfer.core.data.Expression;
import dev.compoundfer.core.data.image.ImagePixels;
import dev.compoundfer.core.data.synthetic.ActionUnit;
import dev.compoundfer.core.data.synthetic.SyntheticFaces;
import dev.compoundfer.core.training.Augmentation;
import dev.compoundfer.core.training.Batches;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Action-unit pretraining: regress every action unit's intensity (0 = absent, FACS 1..5 scaled to 0.2..1) from the
 * face, mean squared error of the sigmoid outputs. The units are what the expressions are made of, so the features
 * that find them are the ones the teacher needs; the generator knows them exactly. Flip and shift as the teacher's
 * augmentation (the units are bilateral, so a flip keeps the targets).
 */
public final class ActionUnitTask implements PretextTask {

  private static final int UNITS = ActionUnit.values().length;

  private final List<float[]> images;
  private final List<float[]> intensities;
  private final int channels;
  private final int imageSize;

  /**
   * @param images CHW floats in [0, 1]
   * @param intensities per image, one value in [0, 1] per {@link ActionUnit} in declaration order
   */
  public ActionUnitTask(List<float[]> images, List<float[]> intensities, int channels, int imageSize) {
    if (images.size() != intensities.size() || images.isEmpty()) {
      throw new IllegalArgumentException(
          "Need targets for every image and at least one image: " + images.size() + " images, "
              + intensities.size() + " targets");
    }
    intensities.forEach(
        t -> {
          if (t.length != UNITS) {
            throw new IllegalArgumentException("Need " + UNITS + " intensities per image, got " + t.length);
          }
        });
    this.images = List.copyOf(images);
    this.intensities = List.copyOf(intensities);
    this.channels = channels;
    this.imageSize = imageSize;
  }

  /** Every subject of the generator in every given class, rendered at the generator's size. */
  public static ActionUnitTask rendered(SyntheticFaces faces, List<Expression> classes) {
    int size = faces.config().imageSize();
    int channels = faces.config().colour() ? 3 : 1;
    List<float[]> images = new ArrayList<>();
    List<float[]> targets = new ArrayList<>();
    for (int subject = 1; subject <= faces.config().subjects(); subject++) {
      for (Expression expression : classes) {
        images.add(ImagePixels.toChw(faces.render(subject, expression), size, channels));
        targets.add(targets(faces.actionUnits(subject, expression)));
      }
    }
    return new ActionUnitTask(images, targets, channels, size);
  }

  /** The regression target of one face: intensity / 5 per unit, 0 where the unit is absent. */
  static float[] targets(Map<ActionUnit, Double> units) {
    float[] out = new float[UNITS];
    units.forEach((unit, intensity) -> out[unit.ordinal()] = (float) (intensity / ActionUnit.MAX_INTENSITY));
    return out;
  }

  @Override
  public String method() {
    return PretrainMethod.AU.label();
  }

  @Override
  public int size() {
    return images.size();
  }

  @Override
  public int outputs() {
    return UNITS;
  }

  @Override
  public Batch batch(List<Integer> indices, Random random) {
    Augmentation augmentation = new Augmentation(channels, imageSize, random.nextLong());
    List<float[]> batch = new ArrayList<>(indices.size());
    float[] target = new float[indices.size() * UNITS];
    for (int i = 0; i < indices.size(); i++) {
      batch.add(augmentation.apply(images.get(indices.get(i))));
      System.arraycopy(intensities.get(indices.get(i)), 0, target, i * UNITS, UNITS);
    }
    int n = indices.size();
    return new Batch(
        Batches.stack(batch, channels * imageSize * imageSize),
        n,
        outputs -> {
          NDArray y = outputs.getManager().create(target, new Shape(n, UNITS));
          return Activation.sigmoid(outputs).sub(y).square().mean();
        });
  }
}
