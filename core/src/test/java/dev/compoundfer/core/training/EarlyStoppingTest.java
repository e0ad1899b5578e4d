package dev.compoundfer.core.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Gson;
import org.junit.jupiter.api.Test;

class EarlyStoppingTest {

  @Test
  void decaysTheLearningRateHalfwayThroughThePatienceAndStillStopsAtThePatience() {
    EarlyStopping stopping = new EarlyStopping(4, 0.0);
    stopping.update(0.5);

    stopping.update(0.4);
    assertEquals(1.0, stopping.learningRateScale(), "one epoch without improvement");
    stopping.update(0.5);
    assertEquals(0.1, stopping.learningRateScale(), 1e-12, "two epochs (patience / 2) without improvement");
    stopping.update(0.3);
    assertFalse(stopping.triggered());
    stopping.update(0.3);

    assertTrue(stopping.triggered(), "four epochs without improvement");
    assertEquals(0.1, stopping.learningRateScale(), 1e-12, "one decay per plateau");
  }

  @Test
  void decaysAgainOnALaterPlateauButAtMostTwice() {
    EarlyStopping stopping = new EarlyStopping(2, 0.0);
    double accuracy = 0.1;
    for (int plateau = 0; plateau < 4; plateau++) {
      accuracy += 0.1;
      assertTrue(stopping.update(accuracy), "improved");
      assertFalse(stopping.update(accuracy), "flat");
    }

    assertEquals(EarlyStopping.MAX_DECAYS, stopping.state().learningRateDecays());
    assertEquals(0.01, stopping.learningRateScale(), 1e-12);
    assertFalse(stopping.triggered(), "each plateau ended by an improvement");
  }

  @Test
  void readsACheckpointWrittenBeforeDecaysExistedAsNoDecay() {
    EarlyStopping.State state = new Gson().fromJson("{\"best\":0.75,\"epochsWithoutImprovement\":2}",
        EarlyStopping.State.class);

    assertEquals(new EarlyStopping.State(0.75, 2, 0), state);
    assertEquals(1.0, new EarlyStopping(10, 0.0, state).learningRateScale());
  }
}
