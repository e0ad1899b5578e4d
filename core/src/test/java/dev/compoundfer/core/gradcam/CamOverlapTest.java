package dev.compoundfer.core.gradcam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.compoundfer.core.data.Expression;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CamOverlapTest {

  private static final HeatMap TOP_LEFT = map(1, 0, 0, 0);
  private static final HeatMap TOP_RIGHT = map(0, 1, 0, 0);
  private static final HeatMap BOTTOM_LEFT = map(0, 0, 1, 0);
  private static final HeatMap BOTTOM_RIGHT = map(0, 0, 0, 1);
  private static final HeatMap TOP_ROW = map(1, 1, 0, 0);

  @Test
  void aCompoundMapCoveringBothComponentPeaksOverlapsThemMoreThanTheUnrelatedClasses() {
    // Given Happy and Surprised peak in the top corners, the four other basic classes in the bottom corners, and
    // Happily surprised covers the top row
    Map<Expression, List<HeatMap>> maps = basicMaps();
    maps.put(Expression.HAPPILY_SURPRISED, List.of(TOP_ROW));

    List<CamOverlap.Overlap> overlaps = CamOverlap.measure(maps);

    // corr([1,1,0,0], [1,0,0,0]) = 0.5 / sqrt(1 * 0.75) = 1/sqrt(3); with a bottom corner it is -1/sqrt(3)
    assertEquals(1, overlaps.size());
    CamOverlap.Overlap overlap = overlaps.get(0);
    assertEquals(Expression.HAPPILY_SURPRISED, overlap.compound());
    assertEquals(1 / Math.sqrt(3), overlap.componentOverlap(), 1e-6);
    assertEquals(-1 / Math.sqrt(3), overlap.unrelatedOverlap(), 1e-6);
    assertEquals(2 / Math.sqrt(3), overlap.margin(), 1e-6);
  }

  @Test
  void mapsArePairedBySubjectAndAveragedOverSubjects() {
    // Given two subjects; for the second, the compound map equals Happy's map exactly
    Map<Expression, List<HeatMap>> maps = new EnumMap<>(Expression.class);
    for (Expression basic : Expression.basic()) {
      maps.put(basic, List.of(basicMaps().get(basic).get(0), basicMaps().get(basic).get(0)));
    }
    maps.put(Expression.HAPPILY_SURPRISED, List.of(TOP_ROW, TOP_LEFT));

    CamOverlap.Overlap overlap = CamOverlap.measure(maps).get(0);

    // Subject 2: corr(TL, TL) = 1, corr(TL, TR) = -1/3; subject 1 as above, 1/sqrt(3) twice.
    double expected = (1 / Math.sqrt(3) * 2 + 1 - 1.0 / 3) / 4;
    assertEquals(expected, overlap.componentOverlap(), 1e-6);
  }

  @Test
  void identicalMapsCorrelateOneAndAConstantMapCorrelatesZero() {
    assertEquals(1.0, CamOverlap.correlation(TOP_ROW, TOP_ROW), 1e-9);
    assertEquals(0.0, CamOverlap.correlation(TOP_ROW, map(0, 0, 0, 0)), 1e-9);
  }

  @Test
  void refusesMissingBasicClassesAndUnequalSubjectCounts() {
    Map<Expression, List<HeatMap>> missing = basicMaps();
    missing.remove(Expression.SAD);
    Map<Expression, List<HeatMap>> unequal = basicMaps();
    unequal.put(Expression.AWED, List.of(TOP_ROW, TOP_ROW));

    assertThrows(IllegalArgumentException.class, () -> CamOverlap.measure(missing));
    assertThrows(IllegalArgumentException.class, () -> CamOverlap.measure(unequal));
  }

  private static Map<Expression, List<HeatMap>> basicMaps() {
    Map<Expression, List<HeatMap>> maps = new EnumMap<>(Expression.class);
    maps.put(Expression.HAPPY, List.of(TOP_LEFT));
    maps.put(Expression.SURPRISED, List.of(TOP_RIGHT));
    maps.put(Expression.SAD, List.of(BOTTOM_LEFT));
    maps.put(Expression.ANGRY, List.of(BOTTOM_RIGHT));
    maps.put(Expression.DISGUSTED, List.of(BOTTOM_LEFT));
    maps.put(Expression.FEARFUL, List.of(BOTTOM_RIGHT));
    return maps;
  }

  /** A 2x2 map, row-major. */
  private static HeatMap map(float a, float b, float c, float d) {
    return new HeatMap(new float[][] {{a, b}, {c, d}});
  }
}
