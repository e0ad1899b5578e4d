package dev.compoundfer.core.data.synthetic;

import static dev.compoundfer.core.data.synthetic.ActionUnit.AU1;
import static dev.compoundfer.core.data.synthetic.ActionUnit.AU2;
import static dev.compoundfer.core.data.synthetic.ActionUnit.AU4;
import static dev.compoundfer.core.data.synthetic.ActionUnit.AU5;
import static dev.compoundfer.core.data.synthetic.ActionUnit.AU6;
import static dev.compoundfer.core.data.synthetic.ActionUnit.AU7;
import static dev.compoundfer.core.data.synthetic.ActionUnit.AU9;
import static dev.compoundfer.core.data.synthetic.ActionUnit.AU10;
import static dev.compoundfer.core.data.synthetic.ActionUnit.AU11;
import static dev.compoundfer.core.data.synthetic.ActionUnit.AU12;
import static dev.compoundfer.core.data.synthetic.ActionUnit.AU15;
import static dev.compoundfer.core.data.synthetic.ActionUnit.AU17;
import static dev.compoundfer.core.data.synthetic.ActionUnit.AU20;
import static dev.compoundfer.core.data.synthetic.ActionUnit.AU23;
import static dev.compoundfer.core.data.synthetic.ActionUnit.AU24;
import static dev.compoundfer.core.data.synthetic.ActionUnit.AU25;
import static dev.compoundfer.core.data.synthetic.ActionUnit.AU26;

import dev.compoundfer.core.data.Expression;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * CFEE's per-class action-unit statistics: for each class, every AU shown by at least 15% of the 230 subjects, with
 * its share of subjects and mean intensity (docs/cfee-au-statistics.md, aggregated from the AU annotation workbook).
 * Neutral has no action units.
 */
public final class AuStatistics {
  private static final Map<Expression, List<AuOccurrence>> TABLE = new EnumMap<>(Expression.class);

  static {
    row(Expression.NEUTRAL);
    row(Expression.HAPPY, o(AU12, 100, 3.7), o(AU25, 100, 3.0), o(AU6, 51, 2.2));
    row(Expression.SAD, o(AU15, 93, 2.6), o(AU4, 87, 2.5), o(AU17, 67, 2.6), o(AU1, 60, 2.1), o(AU6, 50, 2.1),
        o(AU11, 26, 2.2));
    row(Expression.SURPRISED, o(AU1, 95, 2.8), o(AU2, 94, 2.7), o(AU25, 87, 3.0), o(AU26, 85, 3.0),
        o(AU5, 66, 2.4));
    row(Expression.ANGRY, o(AU4, 99, 3.2), o(AU7, 89, 2.6), o(AU24, 80, 2.3), o(AU17, 52, 2.1), o(AU23, 29, 2.3),
        o(AU10, 26, 2.1));
    row(Expression.DISGUSTED, o(AU10, 98, 3.3), o(AU17, 82, 2.4), o(AU9, 73, 3.2), o(AU4, 31, 2.6),
        o(AU24, 26, 2.2));
    row(Expression.FEARFUL, o(AU25, 99, 2.7), o(AU1, 85, 2.4), o(AU4, 75, 2.5), o(AU20, 72, 2.3), o(AU5, 63, 2.6),
        o(AU2, 57, 2.3), o(AU26, 33, 2.1));
    row(Expression.HAPPILY_SURPRISED, o(AU12, 100, 3.1), o(AU25, 100, 3.1), o(AU1, 95, 2.7), o(AU2, 93, 2.7),
        o(AU26, 67, 2.5), o(AU5, 64, 2.3));
    row(Expression.HAPPILY_DISGUSTED, o(AU12, 100, 3.1), o(AU10, 98, 3.0), o(AU25, 97, 2.9), o(AU6, 61, 2.8),
        o(AU9, 59, 2.8), o(AU4, 32, 2.6), o(AU1, 15, 2.1));
    row(Expression.SADLY_FEARFUL, o(AU25, 97, 2.9), o(AU4, 95, 2.5), o(AU1, 86, 2.4), o(AU20, 70, 2.4),
        o(AU2, 46, 2.3), o(AU6, 34, 2.6), o(AU15, 30, 2.2), o(AU5, 24, 2.2), o(AU11, 20, 2.8));
    row(Expression.SADLY_ANGRY, o(AU4, 97, 2.9), o(AU15, 83, 2.2), o(AU17, 50, 2.5), o(AU7, 48, 2.2),
        o(AU6, 26, 2.2), o(AU11, 20, 2.6), o(AU10, 17, 2.1));
    row(Expression.SADLY_SURPRISED, o(AU25, 99, 3.0), o(AU4, 90, 2.5), o(AU26, 90, 2.6), o(AU1, 84, 2.4),
        o(AU6, 31, 2.1), o(AU2, 27, 2.4));
    row(Expression.SADLY_DISGUSTED, o(AU4, 97, 2.7), o(AU10, 85, 2.6), o(AU6, 61, 2.5), o(AU15, 55, 2.2),
        o(AU1, 49, 2.2), o(AU17, 47, 2.3), o(AU25, 43, 2.8), o(AU11, 35, 2.8), o(AU9, 20, 2.5));
    row(Expression.FEARFULLY_ANGRY, o(AU4, 99, 2.8), o(AU25, 98, 3.0), o(AU20, 84, 2.4), o(AU5, 40, 2.2),
        o(AU7, 39, 2.3), o(AU11, 33, 2.8), o(AU10, 30, 2.1), o(AU26, 20, 1.9), o(AU15, 17, 2.2));
    row(Expression.FEARFULLY_SURPRISED, o(AU25, 100, 3.0), o(AU1, 93, 2.8), o(AU20, 90, 2.5), o(AU2, 80, 2.8),
        o(AU5, 74, 3.0), o(AU26, 51, 2.4), o(AU4, 47, 2.2), o(AU10, 35, 2.1), o(AU11, 22, 2.4));
    row(Expression.FEARFULLY_DISGUSTED, o(AU25, 98, 3.0), o(AU10, 92, 2.7), o(AU20, 88, 2.5), o(AU1, 77, 2.5),
        o(AU4, 75, 2.6), o(AU2, 64, 2.5), o(AU5, 50, 2.5), o(AU15, 33, 2.4), o(AU9, 28, 2.5), o(AU6, 27, 2.3));
    row(Expression.ANGRILY_SURPRISED, o(AU25, 100, 3.1), o(AU4, 99, 2.9), o(AU26, 94, 2.7), o(AU7, 50, 2.3),
        o(AU5, 35, 2.0), o(AU10, 34, 2.0));
    row(Expression.ANGRILY_DISGUSTED, o(AU4, 98, 3.0), o(AU10, 93, 2.9), o(AU17, 79, 2.3), o(AU7, 60, 2.4),
        o(AU9, 57, 2.8), o(AU24, 36, 2.4));
    row(Expression.DISGUSTEDLY_SURPRISED, o(AU1, 93, 2.8), o(AU10, 91, 2.9), o(AU2, 90, 2.9), o(AU5, 73, 2.7),
        o(AU17, 66, 2.3), o(AU4, 45, 2.7), o(AU9, 37, 2.6), o(AU24, 33, 2.3), o(AU11, 16, 2.6));
    row(Expression.HATRED, o(AU4, 92, 2.9), o(AU10, 87, 2.5), o(AU17, 63, 2.0), o(AU7, 57, 2.4), o(AU24, 37, 2.1),
        o(AU9, 27, 2.6));
    row(Expression.APPALLED, o(AU10, 94, 2.9), o(AU4, 85, 2.8), o(AU17, 67, 2.3), o(AU9, 56, 2.7), o(AU24, 36, 2.2),
        o(AU6, 25, 2.5), o(AU7, 19, 2.2));
    row(Expression.AWED, o(AU25, 97, 3.0), o(AU1, 95, 2.7), o(AU2, 89, 2.7), o(AU5, 77, 2.5), o(AU20, 62, 2.1),
        o(AU26, 56, 2.3), o(AU4, 21, 2.2));
  }

  private AuStatistics() {}

  /** The action units of a class, most frequent first; empty for neutral. */
  public static List<AuOccurrence> of(Expression expression) {
    return TABLE.get(expression);
  }

  private static void row(Expression expression, AuOccurrence... occurrences) {
    TABLE.put(expression, List.of(occurrences));
  }

  private static AuOccurrence o(ActionUnit actionUnit, int percent, double meanIntensity) {
    return new AuOccurrence(actionUnit, percent / 100.0, meanIntensity);
  }
}
