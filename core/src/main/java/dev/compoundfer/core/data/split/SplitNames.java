package dev.compoundfer.core.data.split;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Reads the split names manifests use ("Train", "val", "dev", "testing") as train, validation or test. */
public final class SplitNames {

  public static final String TRAIN = "train";
  public static final String VALIDATION = "validation";
  public static final String TEST = "test";

  private static final Map<String, String> NAMES =
      Map.of(
          "train", TRAIN, "training", TRAIN,
          "validation", VALIDATION, "val", VALIDATION, "valid", VALIDATION, "dev", VALIDATION,
          "test", TEST, "testing", TEST);

  private SplitNames() {}

  /** {@link #TRAIN}, {@link #VALIDATION} or {@link #TEST}, or empty when the value names no split. */
  public static Optional<String> parse(String value) {
    if (value == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(NAMES.get(value.strip().toLowerCase(Locale.ROOT)));
  }
}
