package dev.compoundfer.core.data;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Maps the class names found in manifests, folder names and CFEE's {@code summary} sheet onto {@link Expression}.
 *
 * <p>Case, spaces, underscores, hyphens and camelCase are ignored ({@code Happily surprised}, {@code
 * happily_surprised}, {@code HappilySurprised} and {@code HAPPILY-SURPRISED} are one class); the six basic classes
 * also accept their noun and adjective forms ({@code anger}, {@code angry}; {@code fear}, {@code fearful}, {@code
 * afraid}). Anything else is unknown: the caller reports it, this class never guesses a nearest name.
 */
public final class ExpressionNames {

  private static final Map<String, Expression> NAMES = buildNames();

  private ExpressionNames() {}

  /** The class a label names, or empty when the label is not a known name of any class. */
  public static Optional<Expression> parse(String label) {
    if (label == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(NAMES.get(normalise(label)));
  }

  /**
   * The comparison key of a label: camelCase split into words, lower case, and every run of spaces, underscores and
   * hyphens turned into one space ({@code HappilySurprised} and {@code HAPPILY-SURPRISED} both become {@code happily
   * surprised}).
   */
  static String normalise(String label) {
    // Split camelCase before lower-casing; an all-caps word such as HAPPY has no lower-to-upper step and stays whole.
    String words = label.strip().replaceAll("(\\p{Ll})(\\p{Lu})", "$1 $2");
    return words.toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]+", " ").strip();
  }

  private static Map<String, Expression> buildNames() {
    Map<String, Expression> names = new HashMap<>();
    for (Expression e : Expression.values()) {
      names.put(normalise(e.displayName()), e);
      names.put(normalise(e.name()), e);
    }
    // Datasets name the basic classes by noun (FER2013: "anger") or adjective (CFEE: "Angry"); both mean one class.
    synonyms(names, Expression.ANGRY, "anger", "angry");
    synonyms(names, Expression.FEARFUL, "fear", "fearful", "afraid");
    synonyms(names, Expression.HAPPY, "happiness", "happy");
    synonyms(names, Expression.SAD, "sadness", "sad");
    synonyms(names, Expression.SURPRISED, "surprise", "surprised");
    synonyms(names, Expression.DISGUSTED, "disgust", "disgusted");
    synonyms(names, Expression.NEUTRAL, "neutral");
    return Map.copyOf(names);
  }

  private static void synonyms(Map<String, Expression> names, Expression expression, String... words) {
    for (String word : words) {
      names.put(word, expression);
    }
  }
}
