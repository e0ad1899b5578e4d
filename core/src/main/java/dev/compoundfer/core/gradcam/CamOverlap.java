package dev.compoundfer.core.gradcam;

import dev.compoundfer.core.data.Expression;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The paper's Grad-CAM claim as a number: a compound class's maps should look like those of its two component basic
 * classes ({@link Expression#components()}) more than like those of the four unrelated basic classes.
 *
 * <p>Overlap is Pearson's correlation of two maps over their pixels. It is chosen over histogram intersection
 * because it ignores each map's offset and gain, which min-max normalisation sets from a single extreme pixel, and
 * because a broad low-level activation everywhere does not raise it: only co-located peaks and troughs count. A map
 * without variation (all equal) correlates 0 with anything.
 */
public final class CamOverlap {

  /**
   * One compound class's overlaps, each a mean over subjects and basic classes, in [-1, 1].
   *
   * @param compound the compound class
   * @param componentOverlap mean correlation with the maps of its component basic classes
   * @param unrelatedOverlap mean correlation with the maps of the other basic classes
   */
  public record Overlap(Expression compound, double componentOverlap, double unrelatedOverlap) {
    /** How much more the compound's maps overlap its components than the unrelated classes. */
    public double margin() {
      return componentOverlap - unrelatedOverlap;
    }
  }

  private CamOverlap() {}

  /**
   * Overlaps of every compound class in {@code maps}.
   *
   * @param maps per class, one map per subject; index i of every list is the same subject (the reference compares
   *     the maps of one subject's images), so all lists have the same length; all six basic classes are required
   * @return one record per compound class present, in canonical class order
   */
  public static List<Overlap> measure(Map<Expression, List<HeatMap>> maps) {
    for (Expression basic : Expression.basic()) {
      if (!maps.containsKey(basic)) {
        throw new IllegalArgumentException("Maps of every basic class are needed; missing " + basic);
      }
    }
    int subjects = maps.get(Expression.HAPPY).size();
    maps.forEach((expression, list) -> {
      if (list.size() != subjects) {
        throw new IllegalArgumentException(
            expression + " has " + list.size() + " maps, " + Expression.HAPPY + " has " + subjects);
      }
    });
    List<Overlap> out = new ArrayList<>();
    for (Expression compound : Expression.compound()) {
      if (maps.containsKey(compound)) {
        Set<Expression> components = compound.components();
        List<Expression> unrelated = Expression.basic().stream().filter(b -> !components.contains(b)).toList();
        out.add(new Overlap(compound, mean(maps, compound, List.copyOf(components)), mean(maps, compound, unrelated)));
      }
    }
    return out;
  }

  private static double mean(Map<Expression, List<HeatMap>> maps, Expression compound, List<Expression> basics) {
    double sum = 0;
    int count = 0;
    List<HeatMap> compoundMaps = maps.get(compound);
    for (Expression basic : basics) {
      for (int s = 0; s < compoundMaps.size(); s++) {
        sum += correlation(compoundMaps.get(s), maps.get(basic).get(s));
        count++;
      }
    }
    return count == 0 ? 0 : sum / count;
  }

  /** Pearson's correlation over pixels of two maps of the same size; 0 if either has no variation. */
  public static double correlation(HeatMap a, HeatMap b) {
    if (a.height() != b.height() || a.width() != b.width()) {
      throw new IllegalArgumentException("Maps differ in size: " + a + " and " + b);
    }
    int n = a.height() * a.width();
    double meanA = 0;
    double meanB = 0;
    for (int r = 0; r < a.height(); r++) {
      for (int c = 0; c < a.width(); c++) {
        meanA += a.at(r, c);
        meanB += b.at(r, c);
      }
    }
    meanA /= n;
    meanB /= n;
    double cov = 0;
    double varA = 0;
    double varB = 0;
    for (int r = 0; r < a.height(); r++) {
      for (int c = 0; c < a.width(); c++) {
        double da = a.at(r, c) - meanA;
        double db = b.at(r, c) - meanB;
        cov += da * db;
        varA += da * da;
        varB += db * db;
      }
    }
    return varA == 0 || varB == 0 ? 0 : cov / Math.sqrt(varA * varB);
  }
}
