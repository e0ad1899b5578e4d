package dev.compoundfer.core.data.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SyntheticConfigTest {
  @Test
  void defaultsMatchCfeeAtSixtyFourGreyPixelsOfFaceCrops() {
    SyntheticConfig config = SyntheticConfig.defaults();

    assertEquals(new SyntheticConfig(230, 64, false, 42, 0.0, Framing.FACE), config);
  }

  @Test
  void rejectsFewerThanThreeSubjectsNamingTheParameter() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> SyntheticConfig.defaults().withSubjects(0));

    assertEquals("subjects must be at least 3 and at most 999, was 0", e.getMessage());
  }

  @Test
  void rejectsSubjectIdsBeyondThreeDigits() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> SyntheticConfig.defaults().withSubjects(1000));

    assertTrue(e.getMessage().startsWith("subjects must be"), e.getMessage());
  }

  @Test
  void rejectsTinyImagesNamingTheParameter() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> SyntheticConfig.defaults().withImageSize(8));

    assertEquals("imageSize must be between 16 and 1024 pixels, was 8", e.getMessage());
  }

  @Test
  void rejectsNegativeOrUndefinedDifficulty() {
    IllegalArgumentException negative =
        assertThrows(IllegalArgumentException.class, () -> SyntheticConfig.defaults().withDifficulty(-0.5));
    IllegalArgumentException undefined =
        assertThrows(IllegalArgumentException.class, () -> SyntheticConfig.defaults().withDifficulty(Double.NaN));

    assertEquals("difficulty must be between 0 and 3, was -0.5", negative.getMessage());
    assertEquals("difficulty must be between 0 and 3, was NaN", undefined.getMessage());
  }
}
