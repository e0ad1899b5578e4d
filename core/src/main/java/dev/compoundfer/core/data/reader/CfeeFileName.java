package dev.compoundfer.core.data.reader;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A CFEE image name {@code <EE>_<SSS>_<NNNN>.jpg} (method.md §8.2): two-digit class id, three-digit subject, running
 * number; the face-cropped copies' {@code _detectface} suffix is accepted too.
 *
 * @param classId the class id of the {@code summary} sheet (the name's first two characters)
 * @param subject the three characters after the first underscore, kept as text ("110", not 110)
 */
record CfeeFileName(int classId, String subject) {

  private static final Pattern NAME =
      Pattern.compile("(?<id>\\d{2})_(?<subject>\\d{3})_\\d+(?:_detectface)?\\.(?i:jpe?g|png|bmp|gif)");

  CfeeFileName {
    if (classId < 0 || classId > 99 || subject == null || subject.isBlank()) {
      throw new IllegalArgumentException("Not a CFEE name: class " + classId + ", subject " + subject);
    }
  }

  /** The parts of a regular CFEE name, or empty for irregular names such as {@code 04_221.jpg}. */
  static Optional<CfeeFileName> parse(String fileName) {
    Matcher matcher = NAME.matcher(fileName);
    if (!matcher.matches()) {
      return Optional.empty();
    }
    return Optional.of(new CfeeFileName(Integer.parseInt(matcher.group("id")), matcher.group("subject")));
  }
}
