package dev.compoundfer.core.data.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.compoundfer.core.data.Expression;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AuStatisticsTest {
  @Test
  void neutralHasNoActionUnits() {
    assertTrue(AuStatistics.of(Expression.NEUTRAL).isEmpty());
  }

  @Test
  void happyIsTheLipCornerPullerWithPartedLipsAndSometimesTheCheekRaiser() {
    List<AuOccurrence> happy = AuStatistics.of(Expression.HAPPY);

    assertEquals(List.of(new AuOccurrence(ActionUnit.AU12, 1.0, 3.7), new AuOccurrence(ActionUnit.AU25, 1.0, 3.0),
        new AuOccurrence(ActionUnit.AU6, 0.51, 2.2)), happy);
  }

  @Test
  void everyExpressionClassHasActionUnits() {
    for (Expression expression : Expression.nonNeutral()) {
      assertFalse(AuStatistics.of(expression).isEmpty(), expression.name());
    }
  }

  @Test
  void classesWhoseCoreSetsCollideStillDifferInTheirFullTables() {
    // method.md 8.3: Sad = Sadly angry and Sadly disgusted = Appalled = Hatred on the core AUs alone.
    assertNotEquals(units(Expression.SAD), units(Expression.SADLY_ANGRY));
    assertNotEquals(units(Expression.FEARFUL), units(Expression.SADLY_FEARFUL));
    assertNotEquals(AuStatistics.of(Expression.APPALLED), AuStatistics.of(Expression.HATRED));
    assertNotEquals(units(Expression.SADLY_DISGUSTED), units(Expression.HATRED));
  }

  private static Set<ActionUnit> units(Expression expression) {
    Set<ActionUnit> units = EnumSet.noneOf(ActionUnit.class);
    AuStatistics.of(expression).forEach(o -> units.add(o.actionUnit()));
    return units;
  }
}
