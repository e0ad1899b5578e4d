package dev.compoundfer.core.face;

import java.awt.image.BufferedImage;
import java.util.Optional;

/** Finds the one face a photo is about (CFEE: a single subject per image). */
public interface FaceDetector {
  /** The most prominent face as a {@link FaceBox}, or empty if the detector sees none. */
  Optional<FaceBox> detect(BufferedImage image);

  /**
   * Names the detector and every setting that changes its boxes; part of the {@link CropCache} key so that crops
   * made by another detector are not reused.
   */
  default String description() {
    return getClass().getName();
  }
}
