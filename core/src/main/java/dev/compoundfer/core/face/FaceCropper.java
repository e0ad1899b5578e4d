package dev.compoundfer.core.face;

import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.Objects;
import java.util.Optional;

/**
 * Cuts the face out of a photo: a square around the detected face, grown by the margin, moved (and if need be
 * shrunk) to lie inside the image, and resized to {@code size x size} RGB. Thread-safe if its detector is.
 */
public final class FaceCropper {
  private final FaceDetector detector;
  private final CropSettings settings;

  public FaceCropper(FaceDetector detector, CropSettings settings) {
    this.detector = Objects.requireNonNull(detector, "detector");
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  public CropSettings settings() {
    return settings;
  }

  /** The detector and crop settings as one text: crops made under another key must not be reused. */
  public String cacheKey() {
    return detector.description() + "|" + settings.key();
  }

  /** The crop of one image; says per image whether a face was found and whether the centre was used instead. */
  public CropResult crop(BufferedImage image) {
    Optional<FaceBox> face = detector.detect(image);
    if (face.isPresent()) {
      return CropResult.ofFace(face.get(), resize(image, squareAround(face.get(), image)));
    }
    if (settings.centreFallback()) {
      int side = Math.min(image.getWidth(), image.getHeight());
      Rectangle centre = new Rectangle((image.getWidth() - side) / 2, (image.getHeight() - side) / 2, side, side);
      return CropResult.centreCrop(resize(image, centre));
    }
    return CropResult.noFace();
  }

  /** The square crop region for a face, inside the image. */
  Rectangle squareAround(FaceBox face, BufferedImage image) {
    int limit = Math.min(image.getWidth(), image.getHeight());
    int wanted = (int) Math.round(Math.max(face.width(), face.height()) * (1 + 2 * settings.margin()));
    int side = Math.max(1, Math.min(limit, wanted));
    // Shift rather than cut at the edges, so the crop stays square and the face is never squashed.
    int x = clamp((int) Math.round(face.centreX() - side / 2.0), image.getWidth() - side);
    int y = clamp((int) Math.round(face.centreY() - side / 2.0), image.getHeight() - side);
    return new Rectangle(x, y, side, side);
  }

  private BufferedImage resize(BufferedImage image, Rectangle region) {
    BufferedImage source = image.getSubimage(region.x, region.y, region.width, region.height);
    // Halve first: one bilinear step from a 750-pixel head to 128 pixels would alias the hair and wrinkles.
    while (source.getWidth() >= 2 * settings.size()) {
      source = scaled(source, source.getWidth() / 2);
    }
    return scaled(source, settings.size());
  }

  private static BufferedImage scaled(BufferedImage source, int side) {
    BufferedImage out = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      g.drawImage(source, 0, 0, side, side, null);
    } finally {
      g.dispose();
    }
    return out;
  }

  private static int clamp(int value, int max) {
    return Math.max(0, Math.min(max, value));
  }
}
