package dev.compoundfer.core.distillation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class GammaScheduleTest {

  @Test
  void followsTheReferenceValues() {
    GammaSchedule schedule = new GammaSchedule(0.1);

    // method.md §3.3: 0.1000, 0.0764, 0.0584, 0.0446 ... 0.0023
    assertEquals(0.1000, schedule.gamma(0), 1e-4);
    assertEquals(0.0764, schedule.gamma(1), 1e-4);
    assertEquals(0.0584, schedule.gamma(2), 1e-4);
    assertEquals(0.0446, schedule.gamma(3), 1e-4);
    assertEquals(0.0023, schedule.gamma(14), 1e-4);
  }
}
