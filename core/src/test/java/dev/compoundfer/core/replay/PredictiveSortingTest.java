package dev.compoundfer.core.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.compoundfer.core.data.Expression;
import java.util.List;
import org.junit.jupiter.api.Test;

class PredictiveSortingTest {

  @Test
  void keepsTheHighestScoredImagesOfTheClass() {
    // Given three images whose Happy logits are 0.5, 2.0 and -1.0
    List<String> refs = List.of("a.png", "b.png", "c.png");
    float[] logits = {0.5f, 2.0f, -1.0f};

    List<ReplayEntry> kept = PredictiveSorting.select(Expression.HAPPY, refs, logits, 2);

    // Then b (2.0) ranks first, a (0.5) second, c is dropped
    assertEquals(
        List.of(
            new ReplayEntry("b.png", Expression.HAPPY, 2.0, 1),
            new ReplayEntry("a.png", Expression.HAPPY, 0.5, 2)),
        kept);
  }

  @Test
  void limitModeShrinksOldClassesAndNeverGrowsThem() {
    ReplayMemory memory = new ReplayMemory("limit", 6, 3, List.of());
    memory.store(Expression.HAPPY, PredictiveSorting.select(Expression.HAPPY, List.of("a", "b", "c"),
        new float[] {3, 2, 1}, 3));

    memory.resizeFor(3);

    assertEquals(2, memory.perClass());
    assertEquals(List.of("a", "b"), memory.of(Expression.HAPPY).stream().map(ReplayEntry::ref).toList());
  }
}
