package dev.compoundfer.core.pretrain;

import dev.compoundfer.core.data.image.BadImageException;
import dev.compoundfer.core.data.image.ImageDecoder;
import dev.compoundfer.core.data.image.ImagePixels;
import dev.compoundfer.core.data.reader.ImageFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Images for pretraining from any folder: every decodable image at any depth (files that are no image are skipped
 * and counted), scaled to the configured size; labelled by the name of the first folder below the root for
 * supervised pretraining.
 *
 * @param images CHW floats in [0, 1]
 * @param labels per image, the index into {@code labelNames}; empty for unlabeled reading
 * @param labelNames the label folders' names, sorted
 * @param skipped files that could not be decoded
 */
public record PretrainImages(List<float[]> images, int[] labels, List<String> labelNames, int skipped) {

  /** Every image under {@code root}, unlabeled. */
  public static PretrainImages unlabeled(Path root, int imageSize, int channels) {
    return read(root, imageSize, channels, false);
  }

  /** Every image in a subfolder of {@code root}, labelled by the subfolder's name. */
  public static PretrainImages labelled(Path root, int imageSize, int channels) {
    return read(root, imageSize, channels, true);
  }

  private static PretrainImages read(Path root, int imageSize, int channels, boolean labelled) {
    ImageDecoder decoder = new ImageDecoder();
    List<float[]> images = new ArrayList<>();
    List<String> labelOfImage = new ArrayList<>();
    int skipped = 0;
    try {
      for (Path file : ImageFiles.under(root)) {
        Path relative = root.relativize(file);
        if (labelled && relative.getNameCount() < 2) {
          skipped++;
          continue;
        }
        try {
          images.add(ImagePixels.toChw(decoder.decode(file), imageSize, channels));
          labelOfImage.add(labelled ? relative.getName(0).toString() : "");
        } catch (BadImageException e) {
          skipped++;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Reading the images under " + root + " failed", e);
    }
    if (images.isEmpty()) {
      throw new IllegalArgumentException("No usable image under " + root + " (" + skipped + " files skipped)");
    }
    List<String> names = labelled ? labelOfImage.stream().distinct().sorted().toList() : List.of();
    int[] labels = labelled ? labelOfImage.stream().mapToInt(names::indexOf).toArray() : new int[0];
    return new PretrainImages(images, labels, names, skipped);
  }
}
