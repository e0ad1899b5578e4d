package dev.compoundfer.ejb.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ExperimentRequestTest {
  @Test
  void readsShotCountsInTheOrderGiven() {
    assertEquals(List.of(5, 1), ExperimentRequest.shotCounts(" 5, 1"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-1", "1,-3", "2", "1,1", "one", "", " "})
  void refusesShotCountsAnEpisodeCannotHaveNamingTheParameter(String shots) {
    InvalidParameterException refused =
        assertThrows(InvalidParameterException.class, () -> ExperimentRequest.shotCounts(shots));

    assertEquals("shots", refused.parameter());
    assertEquals(true, refused.getMessage().startsWith("shots "), refused.getMessage());
  }

  @Test
  void refusesAFewShotThreadLimitBelowOne() {
    InvalidParameterException refused = assertThrows(InvalidParameterException.class,
        () -> new ExperimentRequest("x", "synthetic", "small", 9, 24, 1, 1, 1, "grow", "cpu", 1, "1", 1, 0, null));

    assertEquals("fewShotThreads", refused.parameter());
  }

  @Test
  void givesParametersStoredBeforeFewShotExistedItsDefaults() {
    Properties stored = ExperimentRequest.quickstart("old").toJobParameters(1);
    stored.remove("shots");
    stored.remove("fewShotClasses");
    stored.remove("fewShotThreads");
    stored.remove("method");

    ExperimentRequest request = ExperimentRequest.fromJobParameters("old", stored);

    assertEquals("1,3,5", request.shots());
    assertEquals(15, request.fewShotClasses());
    assertEquals(1, request.fewShotThreads());
    assertEquals("kd_psmr", request.method(), "what every experiment ran before the choice existed");
  }

  @Test
  void keepsTheFewShotParametersThroughTheStoredText() {
    ExperimentRequest request =
        new ExperimentRequest("x", "synthetic", "small", 9, 24, 1, 1, 1, "grow", "cpu", 1, "3, 1", 2, 2, null);

    ExperimentRequest read = ExperimentRequest.fromJobParameters("x", ExperimentRequest.parseText(request.toText()));

    assertEquals(request, read);
    assertEquals("3,1", read.shots());
  }

  @Test
  void keepsThePretrainingParametersThroughTheStoredText() {
    ExperimentRequest request = pretraining("simclr", "/data/faces", 7);

    ExperimentRequest read = ExperimentRequest.fromJobParameters("x", ExperimentRequest.parseText(request.toText()));

    assertEquals(request, read);
    assertEquals("simclr", read.toJobParameters(1).getProperty("pretrainMethod"));
  }

  @Test
  void leavesThePretrainingParametersOutOfJobsWithoutPretraining() {
    ExperimentRequest request = ExperimentRequest.quickstart("plain");

    assertEquals(false, request.pretrains());
    assertEquals(null, request.toJobParameters(1).getProperty("pretrainMethod"));
  }

  @ParameterizedTest
  @CsvSource({
    "byol, synthetic, 5, pretrainMethod",
    "au, /data/faces, 5, pretrainData",
    "simclr, synthetic, 0, pretrainEpochs",
    "supervised, synthetic, 1001, pretrainEpochs"
  })
  void refusesPretrainingParametersTheStepCannotRunNamingTheParameter(
      String method, String data, int epochs, String parameter) {
    InvalidParameterException refused =
        assertThrows(InvalidParameterException.class, () -> pretraining(method, data, epochs));

    assertEquals(parameter, refused.parameter());
    assertEquals(true, refused.getMessage().startsWith(parameter + " "), refused.getMessage());
  }

  @Test
  void refusesPretrainingWhenTheTeacherAlreadyStartsFromARegisteredBackbone() {
    InvalidParameterException refused = assertThrows(InvalidParameterException.class,
        () -> new ExperimentRequest("x", "synthetic", "small", 9, 24, 1, 1, 1, "grow", "cpu", 1, "1", 1, 1, 5L,
            "au", "synthetic", 2));

    assertEquals("pretrainMethod", refused.parameter());
  }

  private static ExperimentRequest pretraining(String method, String data, int epochs) {
    return new ExperimentRequest("x", "synthetic", "small", 9, 24, 1, 1, 1, "grow", "cpu", 1, "1", 1, 1, null,
        method, data, epochs);
  }

  @Test
  void keepsTheMethodThroughTheStoredTextAndGivesOlderExperimentsTheReference() {
    ExperimentRequest d = ExperimentRequest.quickstart("x");
    ExperimentRequest paper = new ExperimentRequest("x", "synthetic", "small", 9, 24, 1, 1, 1, "grow", "cpu", 1,
        "1", 1, 1, null, "none", "synthetic", 20, "kd_psmr");

    // Ours by default, stored explicitly.
    assertEquals("kd_prev_herding", d.method());
    assertEquals("kd_prev_herding", d.toJobParameters(1).getProperty("method"));
    assertEquals(d, ExperimentRequest.fromJobParameters("x", ExperimentRequest.parseText(d.toText())));
    // The paper's stays out of the stored parameters, as they were before the choice existed, and reads back.
    assertNull(paper.toJobParameters(1).getProperty("method"));
    assertEquals(paper, ExperimentRequest.fromJobParameters("x", ExperimentRequest.parseText(paper.toText())));
  }

  @Test
  void refusesAnUnknownMethodNamingTheParameterAndTheChoices() {
    InvalidParameterException refused = assertThrows(InvalidParameterException.class,
        () -> new ExperimentRequest("x", "synthetic", "small", 9, 24, 1, 1, 1, "grow", "cpu", 1, "1", 1, 1, null,
            "none", "synthetic", 20, "icarl"));

    assertEquals("method", refused.parameter());
    assertEquals("method must be one of kd_psmr, kd_random, kd_herding, kd_prev_psmr, kd_prev_herding, psmr_no_kd,"
        + " finetune, was icarl", refused.getMessage());
  }
}
