package dev.compoundfer.core.data.synthetic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.compoundfer.core.data.Expression;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SyntheticFacesTest {
  private static final SyntheticConfig SMALL = SyntheticConfig.defaults().withSubjects(5);

  @Test
  void theSameSeedGivesIdenticalPixels() {
    SyntheticFaces first = new SyntheticFaces(SMALL);
    SyntheticFaces second = new SyntheticFaces(SMALL);

    BufferedImage a = first.render(2, Expression.HAPPILY_SURPRISED);
    BufferedImage b = second.render(2, Expression.HAPPILY_SURPRISED);

    assertArrayEquals(pixels(a), pixels(b));
  }

  @Test
  void aDifferentSeedGivesDifferentPixels() {
    BufferedImage a = new SyntheticFaces(SMALL).render(2, Expression.HAPPY);
    BufferedImage b = new SyntheticFaces(SMALL.withSeed(43)).render(2, Expression.HAPPY);

    assertFalse(Arrays.equals(pixels(a), pixels(b)));
  }

  @Test
  void anImageDoesNotDependOnWhatWasRenderedBefore() {
    SyntheticFaces faces = new SyntheticFaces(SMALL);
    BufferedImage alone = new SyntheticFaces(SMALL).render(4, Expression.SAD);

    faces.render(1, Expression.ANGRY);
    faces.render(4, Expression.HAPPY);
    BufferedImage afterOthers = faces.render(4, Expression.SAD);

    assertArrayEquals(pixels(alone), pixels(afterOthers));
  }

  @Test
  void aSubjectKeepsItsIdentityInEveryClassButSubjectsDiffer() {
    SyntheticFaces faces = new SyntheticFaces(SMALL);

    assertEquals(faces.identity(3), faces.identity(3));
    assertFalse(faces.identity(3).equals(faces.identity(4)));
  }

  @Test
  void everyClassShowsItsActionUnitsAsOftenAsCfeeSubjectsDo() {
    SyntheticFaces faces = new SyntheticFaces(SyntheticConfig.defaults());
    int subjects = faces.config().subjects();

    for (Expression expression : Expression.values()) {
      for (AuOccurrence occurrence : AuStatistics.of(expression)) {
        int shown = 0;
        for (int subject = 1; subject <= subjects; subject++) {
          shown += faces.actionUnits(subject, expression).containsKey(occurrence.actionUnit()) ? 1 : 0;
        }
        double share = shown / (double) subjects;
        assertEquals(occurrence.frequency(), share, 0.10,
            expression + " " + occurrence.actionUnit() + " share over " + subjects + " subjects");
      }
    }
  }

  @Test
  void sampledIntensitiesLieBetweenOneAndFiveAroundTheCfeeMean() {
    SyntheticFaces faces = new SyntheticFaces(SyntheticConfig.defaults());

    for (AuOccurrence occurrence : AuStatistics.of(Expression.FEARFUL)) {
      double sum = 0;
      int count = 0;
      for (int subject = 1; subject <= 230; subject++) {
        Double intensity = faces.actionUnits(subject, Expression.FEARFUL).get(occurrence.actionUnit());
        if (intensity != null) {
          assertTrue(intensity >= 1 && intensity <= 5, "intensity " + intensity);
          sum += intensity;
          count++;
        }
      }
      assertEquals(occurrence.meanIntensity(), sum / count, 0.25, occurrence.actionUnit() + " mean intensity");
    }
  }

  @Test
  void neutralFacesShowNoActionUnits() {
    SyntheticFaces faces = new SyntheticFaces(SMALL);

    assertEquals(Map.of(), faces.actionUnits(1, Expression.NEUTRAL));
  }

  @Test
  void greyImagesHaveOneChannelAndTheRequestedSize() {
    BufferedImage image = new SyntheticFaces(SMALL).render(1, Expression.SURPRISED);

    assertEquals(64, image.getWidth());
    assertEquals(64, image.getHeight());
    assertEquals(BufferedImage.TYPE_BYTE_GRAY, image.getType());
    assertEquals(1, image.getRaster().getNumBands());
  }

  @Test
  void colourImagesHaveThreeChannelsAndTheRequestedSize() {
    SyntheticConfig config = SMALL.withImageSize(224).withColour(true);

    BufferedImage image = new SyntheticFaces(config).render(1, Expression.AWED);

    assertEquals(224, image.getWidth());
    assertEquals(224, image.getHeight());
    assertEquals(BufferedImage.TYPE_INT_RGB, image.getType());
    assertEquals(3, image.getRaster().getNumBands());
  }

  @Test
  void rejectsSubjectsOutsideTheDataset() {
    SyntheticFaces faces = new SyntheticFaces(SMALL);

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> faces.render(6, Expression.HAPPY));

    assertEquals("subject must be between 1 and 5, was 6", e.getMessage());
  }

  static int[] pixels(BufferedImage image) {
    return image.getRaster().getPixels(0, 0, image.getWidth(), image.getHeight(), (int[]) null);
  }
}
