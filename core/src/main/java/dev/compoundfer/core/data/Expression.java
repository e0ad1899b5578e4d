package dev.compoundfer.core.data;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The 22 expression classes of CFEE (Du, Tao and Martinez 2014): neutral, six basic and fifteen compound.
 *
 * <p>The declaration order is the canonical order of the product: neutral, then the basic classes in the order of
 * the CFEE {@code summary} sheet (Happy, Sad, Angry, Surprised, Disgusted, Fearful), then the compound classes in
 * the sheet's order. A classifier's output index {@code i} for the basic phase is {@code basic().get(i)}.
 */
public enum Expression {
  NEUTRAL(1, "Neutral", Kind.NEUTRAL),
  HAPPY(2, "Happy", Kind.BASIC),
  SAD(3, "Sad", Kind.BASIC),
  ANGRY(5, "Angry", Kind.BASIC),
  SURPRISED(6, "Surprised", Kind.BASIC),
  DISGUSTED(7, "Disgusted", Kind.BASIC),
  FEARFUL(8, "Fearful", Kind.BASIC),
  HAPPILY_SURPRISED(9, "Happily surprised", Kind.COMPOUND, HAPPY, SURPRISED),
  HAPPILY_DISGUSTED(10, "Happily disgusted", Kind.COMPOUND, HAPPY, DISGUSTED),
  SADLY_ANGRY(11, "Sadly angry", Kind.COMPOUND, SAD, ANGRY),
  ANGRILY_DISGUSTED(12, "Angrily disgusted", Kind.COMPOUND, ANGRY, DISGUSTED),
  APPALLED(13, "Appalled", Kind.COMPOUND, DISGUSTED, ANGRY),
  HATRED(14, "Hatred", Kind.COMPOUND, ANGRY, DISGUSTED),
  ANGRILY_SURPRISED(15, "Angrily surprised", Kind.COMPOUND, ANGRY, SURPRISED),
  SADLY_SURPRISED(16, "Sadly surprised", Kind.COMPOUND, SAD, SURPRISED),
  DISGUSTEDLY_SURPRISED(18, "Disgustedly surprised", Kind.COMPOUND, DISGUSTED, SURPRISED),
  FEARFULLY_SURPRISED(21, "Fearfully surprised", Kind.COMPOUND, FEARFUL, SURPRISED),
  AWED(22, "Awed", Kind.COMPOUND, FEARFUL, SURPRISED),
  SADLY_FEARFUL(23, "Sadly fearful", Kind.COMPOUND, SAD, FEARFUL),
  FEARFULLY_DISGUSTED(24, "Fearfully disgusted", Kind.COMPOUND, FEARFUL, DISGUSTED),
  FEARFULLY_ANGRY(25, "Fearfully angry", Kind.COMPOUND, FEARFUL, ANGRY),
  SADLY_DISGUSTED(26, "Sadly disgusted", Kind.COMPOUND, SAD, DISGUSTED);

  /** Whether a class is neutral, one of the six basic expressions, or a compound of two of them. */
  public enum Kind {
    NEUTRAL,
    BASIC,
    COMPOUND
  }

  private final int cfeeId;
  private final String displayName;
  private final Kind kind;
  private final Expression[] components;

  Expression(int cfeeId, String displayName, Kind kind, Expression... components) {
    this.cfeeId = cfeeId;
    this.displayName = displayName;
    this.kind = kind;
    this.components = components;
  }

  /** The two-digit id CFEE uses in its file names and in the {@code summary} sheet. */
  public int cfeeId() {
    return cfeeId;
  }

  public String displayName() {
    return displayName;
  }

  public Kind kind() {
    return kind;
  }

  /** The basic expressions a compound class is made of (empty for neutral and basic classes). */
  public Set<Expression> components() {
    return components.length == 0 ? EnumSet.noneOf(Expression.class) : EnumSet.copyOf(Arrays.asList(components));
  }

  public boolean isBasic() {
    return kind == Kind.BASIC;
  }

  public boolean isCompound() {
    return kind == Kind.COMPOUND;
  }

  /** The six basic classes in canonical order. */
  public static List<Expression> basic() {
    return Arrays.stream(values()).filter(Expression::isBasic).toList();
  }

  /** The fifteen compound classes in canonical order. */
  public static List<Expression> compound() {
    return Arrays.stream(values()).filter(Expression::isCompound).toList();
  }

  /** The 21 non-neutral classes: basic first, then compound. */
  public static List<Expression> nonNeutral() {
    return Arrays.stream(values()).filter(e -> e.kind != Kind.NEUTRAL).toList();
  }

  /** The class with the given CFEE id. */
  public static Expression ofCfeeId(int id) {
    for (Expression e : values()) {
      if (e.cfeeId == id) {
        return e;
      }
    }
    throw new IllegalArgumentException("No CFEE expression class has id " + id);
  }
}
