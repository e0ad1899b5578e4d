package dev.compoundfer.ejb.report;

/**
 * Neutralises user text against formula injection: a spreadsheet treats a cell starting with {@code = + - @}, tab
 * or carriage return as a formula when it is edited or exported to CSV, so such text gets a leading apostrophe.
 */
final class SafeText {
  private SafeText() {}

  static String of(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    char first = text.charAt(0);
    boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    return risky ? "'" + text : text;
  }
}
