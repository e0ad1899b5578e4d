package dev.compoundfer.core.data.synthetic;

import java.awt.Color;
import java.util.random.RandomGenerator;

/**
 * The fixed look of one synthetic subject. Every trait is a position in 0..1 within the range the renderer draws
 * (0 = smallest, narrowest, lowest, lightest), so that the record stays independent of drawing units.
 *
 * @param faceShape 0 = narrow pointed jaw .. 1 = broad square jaw
 * @param faceWidth head width
 * @param faceHeight head height
 * @param skinTone 0 = very light .. 1 = very dark skin
 * @param eyeSize eye width and opening
 * @param eyeSpacing distance between the eyes
 * @param browThickness eyebrow thickness
 * @param browHeight height of the brows above the eyes
 * @param noseWidth width of the nostril wings
 * @param noseLength distance from the eyes to the nose tip
 * @param lipFullness lip thickness
 * @param mouthWidth mouth width at rest
 * @param hairLine 0 = low hairline .. 1 = high (receding) hairline
 * @param hairLength 0 = cropped .. 1 = hair reaching below the jaw at the sides
 * @param hairTone 0 = black .. 1 = light blond
 * @param glasses whether the subject wears glasses (about 15% do)
 */
public record Identity(
    double faceShape, double faceWidth, double faceHeight, double skinTone,
    double eyeSize, double eyeSpacing, double browThickness, double browHeight,
    double noseWidth, double noseLength, double lipFullness, double mouthWidth,
    double hairLine, double hairLength, double hairTone, boolean glasses) {

  /** The share of subjects drawn with glasses. */
  public static final double GLASSES_SHARE = 0.15;

  private static final Color[] SKIN = {
    new Color(250, 218, 196), new Color(233, 190, 160), new Color(205, 152, 115),
    new Color(160, 110, 80), new Color(105, 70, 50)
  };
  private static final Color[] HAIR = {
    new Color(25, 20, 18), new Color(70, 45, 30), new Color(120, 80, 45),
    new Color(160, 90, 50), new Color(215, 180, 115)
  };

  public Identity {
    double[] traits = {faceShape, faceWidth, faceHeight, skinTone, eyeSize, eyeSpacing, browThickness,
        browHeight, noseWidth, noseLength, lipFullness, mouthWidth, hairLine, hairLength, hairTone};
    for (double trait : traits) {
      if (!(trait >= 0 && trait <= 1)) {
        throw new IllegalArgumentException("identity traits must lie in [0, 1], found " + trait);
      }
    }
  }

  /** A random subject; the same generator state always gives the same subject. */
  public static Identity sample(RandomGenerator random) {
    return new Identity(
        random.nextDouble(), mid(random), mid(random), random.nextDouble(),
        mid(random), mid(random), mid(random), mid(random),
        mid(random), mid(random), mid(random), mid(random),
        mid(random), random.nextDouble(), random.nextDouble(), random.nextDouble() < GLASSES_SHARE);
  }

  /** The skin colour, interpolated along a light-to-dark palette. */
  public Color skinColour() {
    return interpolate(SKIN, skinTone);
  }

  /** The hair and eyebrow colour, interpolated along a black-to-blond palette. */
  public Color hairColour() {
    return interpolate(HAIR, hairTone);
  }

  // Most people are near the middle of each trait; clipping keeps the rare extremes drawable.
  private static double mid(RandomGenerator random) {
    return Math.min(1, Math.max(0, 0.5 + 0.2 * random.nextGaussian()));
  }

  private static Color interpolate(Color[] palette, double position) {
    double scaled = position * (palette.length - 1);
    int low = Math.min((int) scaled, palette.length - 2);
    double t = scaled - low;
    Color a = palette[low];
    Color b = palette[low + 1];
    return new Color(
        (int) Math.round(a.getRed() + t * (b.getRed() - a.getRed())),
        (int) Math.round(a.getGreen() + t * (b.getGreen() - a.getGreen())),
        (int) Math.round(a.getBlue() + t * (b.getBlue() - a.getBlue())));
  }
}
