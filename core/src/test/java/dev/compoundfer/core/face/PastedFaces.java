package dev.compoundfer.core.face;

import dev.compoundfer.core.data.Expression;
import dev.compoundfer.core.data.synthetic.Framing;
import dev.compoundfer.core.data.synthetic.SyntheticConfig;
import dev.compoundfer.core.data.synthetic.SyntheticFaces;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.Random;

/**
 * Test scenes: a face rendered by the real synthetic generator (colour, moderate difficulty, so some heads are
 * tilted and turned; whole-head portraits, {@link Framing#HEAD}, not the dataset's face crops), pasted at a random
 * position and scale (25-60% of the canvas width) into a 320 x 240 canvas of random background rectangles and
 * ellipses with pixel noise. The true box is the rendered head outline's bounds ({@link SyntheticFaces#faceBounds}),
 * moved with the paste and clipped to the pasted image.
 */
final class PastedFaces {
  static final int WIDTH = 320;
  static final int HEIGHT = 240;
  private static final int FACE_SIZE = 128;

  /** One scene and where its face is. */
  record Scene(BufferedImage image, FaceBox truth) {}

  private final SyntheticFaces faces =
      // Difficulty 1 (pose, light, blur, noise) and the whole head, whatever the dataset defaults: the detector must
      // cope with both.
      new SyntheticFaces(SyntheticConfig.defaults().withImageSize(FACE_SIZE).withColour(true).withDifficulty(1.0)
          .withFraming(Framing.HEAD));
  private final Random random;

  PastedFaces(long seed) {
    this.random = new Random(seed);
  }

  /** A studio face (difficulty 0) of 160 pixels in the middle of a plain grey canvas: a face any detector finds. */
  static BufferedImage studioPortrait() {
    SyntheticFaces studio = new SyntheticFaces(
        SyntheticConfig.defaults().withImageSize(FACE_SIZE).withColour(true).withDifficulty(0)
            .withFraming(Framing.HEAD));
    BufferedImage canvas = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = canvas.createGraphics();
    try {
      g.setColor(Color.GRAY);
      g.fillRect(0, 0, WIDTH, HEIGHT);
      g.drawImage(studio.render(1, Expression.values()[0]), 80, 40, 160, 160, null);
    } finally {
      g.dispose();
    }
    return canvas;
  }

  Scene next() {
    int subject = 1 + random.nextInt(faces.config().subjects());
    Expression expression = Expression.values()[random.nextInt(Expression.values().length)];
    int side = Math.min(HEIGHT, (int) Math.round(WIDTH * (0.25 + 0.35 * random.nextDouble())));
    int x = random.nextInt(WIDTH - side + 1);
    int y = random.nextInt(HEIGHT - side + 1);
    BufferedImage canvas = background();
    Graphics2D g = canvas.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      g.drawImage(faces.render(subject, expression), x, y, side, side, null);
    } finally {
      g.dispose();
    }
    addNoise(canvas, 6);
    double scale = (double) side / FACE_SIZE;
    Rectangle2D head = faces.faceBounds(subject, expression);
    FaceBox pasted = new FaceBox(x + (int) Math.round(head.getX() * scale), y + (int) Math.round(head.getY() * scale),
        (int) Math.round(head.getWidth() * scale), (int) Math.round(head.getHeight() * scale));
    FaceBox visible = pasted.clippedTo(WIDTH, HEIGHT).orElseThrow();
    return new Scene(canvas, new FaceBox(Math.max(visible.x(), x), Math.max(visible.y(), y),
        Math.min(visible.x() + visible.width(), x + side) - Math.max(visible.x(), x),
        Math.min(visible.y() + visible.height(), y + side) - Math.max(visible.y(), y)));
  }

  private BufferedImage background() {
    BufferedImage canvas = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = canvas.createGraphics();
    try {
      g.setColor(randomColour());
      g.fillRect(0, 0, WIDTH, HEIGHT);
      for (int k = 0; k < 8; k++) {
        g.setColor(randomColour());
        int w = 15 + random.nextInt(90);
        int h = 15 + random.nextInt(90);
        if (random.nextBoolean()) {
          g.fillRect(random.nextInt(WIDTH), random.nextInt(HEIGHT), w, h);
        } else {
          g.fillOval(random.nextInt(WIDTH), random.nextInt(HEIGHT), w, h);
        }
      }
    } finally {
      g.dispose();
    }
    return canvas;
  }

  private Color randomColour() {
    return new Color(random.nextInt(256), random.nextInt(256), random.nextInt(256));
  }

  private void addNoise(BufferedImage image, double sd) {
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int p = image.getRGB(x, y);
        int r = clamp(((p >> 16) & 0xff) + sd * random.nextGaussian());
        int g = clamp(((p >> 8) & 0xff) + sd * random.nextGaussian());
        int b = clamp((p & 0xff) + sd * random.nextGaussian());
        image.setRGB(x, y, (r << 16) | (g << 8) | b);
      }
    }
  }

  private static int clamp(double value) {
    return (int) Math.max(0, Math.min(255, Math.round(value)));
  }
}
