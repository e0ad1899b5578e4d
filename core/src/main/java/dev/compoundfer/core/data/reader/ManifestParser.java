package dev.compoundfer.core.data.reader;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Parses manifest text ({@code path,label,subject[,split]} with a header row) into rows; checks nothing else. */
final class ManifestParser {

  static final List<String> REQUIRED_COLUMNS = List.of("path", "label", "subject");

  private static final CSVFormat FORMAT =
      CSVFormat.DEFAULT.builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .setIgnoreHeaderCase(true)
          .setIgnoreEmptyLines(true)
          .setTrim(true)
          .get();

  /**
   * The parsed manifest.
   *
   * @param header the column names, lower-cased, in file order
   * @param rows the data rows
   */
  record Table(List<String> header, List<ManifestRow> rows) {
    Table {
      header = List.copyOf(header);
      rows = List.copyOf(rows);
    }

    /** The required columns the header lacks, in the order {@code path, label, subject}. */
    List<String> missingColumns() {
      return REQUIRED_COLUMNS.stream().filter(c -> !header.contains(c)).toList();
    }
  }

  private ManifestParser() {}

  /**
   * Parses manifest text; a leading byte-order mark (Excel writes one) is ignored.
   *
   * @throws IllegalArgumentException when the text is not well-formed CSV (for example an unclosed quote)
   */
  static Table parse(String text) {
    String csv = text.startsWith("\uFEFF") ? text.substring(1) : text;
    try (CSVParser parser = CSVParser.parse(new StringReader(csv), FORMAT)) {
      List<String> header = parser.getHeaderNames().stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
      List<ManifestRow> rows = new ArrayList<>();
      for (CSVRecord record : parser) {
        // Exact while no cell spans lines, which manifests of file paths do not need.
        int line = (int) record.getRecordNumber() + 1;
        rows.add(new ManifestRow(line, cell(record, "path"), cell(record, "label"), cell(record, "subject"), cell(record, "split")));
      }
      return new Table(header, rows);
    } catch (IOException | UncheckedIOException e) {
      throw new IllegalArgumentException("The manifest is not well-formed CSV: " + e.getMessage(), e);
    }
  }

  private static String cell(CSVRecord record, String column) {
    return record.isMapped(column) && record.isSet(column) ? record.get(column).strip() : "";
  }
}
