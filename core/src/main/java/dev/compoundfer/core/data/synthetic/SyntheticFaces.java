package dev.compoundfer.core.data.synthetic;

import dev.compoundfer.core.data.Expression;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * A synthetic CFEE: subjects 1..n, each photographed once per expression class. A subject keeps one identity across
 * classes; the action units of each image follow {@link AuStatistics}: a unit shows in round(frequency x n) of the
 * class's subjects (chosen by a seeded shuffle, so the dataset matches CFEE's shares exactly rather than only on
 * average), with an intensity drawn normally around its CFEE mean (sd {@link #INTENSITY_SD}) and clipped to 1..5.
 *
 * <p>Every value derives from (seed, subject, class) alone, so any image can be rendered on its own, in any order
 * and in parallel, and is the same every time. Thread-safe.
 */
public final class SyntheticFaces {
  /**
   * Spread of sampled intensities around the class mean, in FACS intensity steps. Our choice: CFEE's statistics give
   * frequencies and mean intensities, not spreads. 0.3 keeps the classes as far apart as their mean intensities make
   * them (the Bayes ceiling of 21-class accuracy on the true units is 0.87; 0.81 at 0.7) and rarely draws a unit
   * down to the barely visible intensity 1 (docs/benchmarks.md, "Synthetic dataset calibration").
   */
  public static final double INTENSITY_SD = 0.3;

  private static final long IDENTITY_STREAM = 0x1D;
  private static final long AU_STREAM = 0xA0;
  private static final long CAPTURE_STREAM = 0xCA;

  private final SyntheticConfig config;
  private final FaceRenderer renderer;

  public SyntheticFaces(SyntheticConfig config) {
    this.config = Objects.requireNonNull(config, "config");
    this.renderer = new FaceRenderer(config.imageSize(), config.colour(), config.framing());
  }

  public SyntheticConfig config() {
    return config;
  }

  /** The look of a subject, 1..subjects. */
  public Identity identity(int subject) {
    return Identity.sample(random(subject, 0, IDENTITY_STREAM));
  }

  /** The action-unit intensities (1..5) the subject shows for the class; absent units are not in the map. */
  public Map<ActionUnit, Double> actionUnits(int subject, Expression expression) {
    SplittableRandom random = random(subject, expression.cfeeId(), AU_STREAM);
    Map<ActionUnit, Double> intensities = new EnumMap<>(ActionUnit.class);
    for (AuOccurrence occurrence : AuStatistics.of(expression)) {
      // The intensity is always drawn so that one unit's presence never shifts another unit's intensity.
      double intensity = occurrence.meanIntensity() + INTENSITY_SD * random.nextGaussian();
      if (shows(subject, expression, occurrence)) {
        intensities.put(occurrence.actionUnit(), Math.max(1, Math.min(ActionUnit.MAX_INTENSITY, intensity)));
      }
    }
    return Collections.unmodifiableMap(intensities);
  }

  /**
   * Whether the subject is among the round(frequency x n) subjects of the class showing the unit: every subject
   * gets a random key per (class, unit), and the subjects with the smallest keys show it.
   */
  private boolean shows(int subject, Expression expression, AuOccurrence occurrence) {
    int subjects = config.subjects();
    long showing = Math.round(occurrence.frequency() * subjects);
    long stream = mix(AU_STREAM, occurrence.actionUnit().number());
    long key = rankKey(subject, expression, stream);
    int smaller = 0;
    for (int other = 1; other <= subjects && smaller < showing; other++) {
      long otherKey = rankKey(other, expression, stream);
      smaller += otherKey < key || (otherKey == key && other < subject) ? 1 : 0;
    }
    return smaller < showing;
  }

  private long rankKey(int subject, Expression expression, long stream) {
    return mix(mix(mix(config.seed(), expression.cfeeId()), stream), subject);
  }

  /** The pose, light and noise of the subject's image of the class, varying with the configured difficulty. */
  public Capture capture(int subject, Expression expression) {
    return Capture.sample(random(subject, expression.cfeeId(), CAPTURE_STREAM), config.difficulty());
  }

  /** The subject's image of the class: imageSize square, grey or RGB as configured. */
  public BufferedImage render(int subject, Expression expression) {
    return renderer.render(identity(subject), actionUnits(subject, expression), capture(subject, expression));
  }

  /** Where the face of {@link #render(int, Expression)} lies, in its pixels: the head outline's bounds. */
  public Rectangle2D faceBounds(int subject, Expression expression) {
    return renderer.faceBounds(identity(subject), actionUnits(subject, expression), capture(subject, expression));
  }

  private SplittableRandom random(int subject, int cfeeId, long stream) {
    if (subject < 1 || subject > config.subjects()) {
      throw new IllegalArgumentException(
          "subject must be between 1 and " + config.subjects() + ", was " + subject);
    }
    return new SplittableRandom(mix(mix(mix(config.seed(), subject), cfeeId), stream));
  }

  // SplitMix64's finaliser: neighbouring (subject, class) pairs get unrelated seeds.
  private static long mix(long state, long value) {
    long z = state * 0x9E3779B97F4A7C15L + value;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
