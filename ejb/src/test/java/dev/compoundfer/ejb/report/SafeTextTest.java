package dev.compoundfer.ejb.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SafeTextTest {
  @Test
  void prefixesTextThatASpreadsheetWouldRunAsAFormula() {
    assertEquals("'=HYPERLINK(\"http://x\")", SafeText.of("=HYPERLINK(\"http://x\")"));
    assertEquals("'+1", SafeText.of("+1"));
    assertEquals("'-2", SafeText.of("-2"));
    assertEquals("'@SUM(A1)", SafeText.of("@SUM(A1)"));
  }

  @Test
  void leavesOrdinaryTextAlone() {
    assertEquals("Happily surprised", SafeText.of("Happily surprised"));
    assertEquals("", SafeText.of(null));
  }
}
