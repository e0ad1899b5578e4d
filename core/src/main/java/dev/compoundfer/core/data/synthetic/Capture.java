package dev.compoundfer.core.data.synthetic;

import java.util.random.RandomGenerator;

/**
 * How one image was taken: head pose, framing, lighting, focus and sensor noise.
 *
 * @param yaw head turn in radians, positive = face turned towards image right
 * @param roll head tilt in radians
 * @param scale face size relative to the standard framing
 * @param shiftX horizontal offset of the face in face units
 * @param shiftY vertical offset of the face in face units
 * @param lightAngle direction the light comes from, radians in the image plane
 * @param lightStrength 0 = flat lighting .. 1 = one side strongly lit, the other in shadow
 * @param background grey level of the backdrop, 0..1
 * @param blurred whether a 3x3 blur softens the output
 * @param noise standard deviation of per-pixel noise, in 0..255 grey levels
 * @param noiseSeed seed of the pixel noise, so that a capture always gives the same pixels
 */
public record Capture(
    double yaw, double roll, double scale, double shiftX, double shiftY,
    double lightAngle, double lightStrength, double background, boolean blurred, double noise,
    long noiseSeed) {

  /** A frontal, evenly lit, sharp, noise-free capture. */
  public static final Capture STUDIO = new Capture(0, 0, 1, 0, 0, 0, 0, 0.55, false, 0, 0);

  public Capture {
    if (Math.abs(yaw) > 0.8) {
      throw new IllegalArgumentException("yaw must be within 0.8 rad, was " + yaw);
    }
    if (!(scale > 0.5 && scale < 2)) {
      throw new IllegalArgumentException("scale must be in (0.5, 2), was " + scale);
    }
    if (!(lightStrength >= 0 && lightStrength <= 1) || !(background >= 0 && background <= 1)) {
      throw new IllegalArgumentException(
          "lightStrength and background must be in [0, 1], were " + lightStrength + ", " + background);
    }
    if (!(noise >= 0)) {
      throw new IllegalArgumentException("noise must not be negative, was " + noise);
    }
  }

  /**
   * A random capture whose variation grows with difficulty: 0 gives {@link #STUDIO} framing, 1 moderate variation
   * (about 8 degrees of roll, 0.12 rad of yaw, mild light and noise), 2 and more clearly hard images.
   */
  public static Capture sample(RandomGenerator random, double difficulty) {
    double d = Math.max(0, difficulty);
    return new Capture(
        clip(0.12 * d * random.nextGaussian(), 0.4),
        Math.toRadians(clip(8 * d * random.nextGaussian(), 30)),
        1 + clip(0.06 * d * random.nextGaussian(), 0.3),
        clip(3 * d * random.nextGaussian(), 10),
        clip(3 * d * random.nextGaussian(), 10),
        random.nextDouble() * 2 * Math.PI,
        Math.min(1, 0.3 * d * random.nextDouble()),
        Math.min(1, Math.max(0, 0.55 + 0.12 * Math.min(d, 2) * random.nextGaussian())),
        random.nextDouble() < 0.3 * d,
        4 * d * random.nextDouble(),
        random.nextLong());
  }

  private static double clip(double value, double limit) {
    return Math.max(-limit, Math.min(limit, value));
  }
}
