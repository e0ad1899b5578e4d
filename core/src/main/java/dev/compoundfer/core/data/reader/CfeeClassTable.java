package dev.compoundfer.core.data.reader;

import dev.compoundfer.core.data.Expression;
import dev.compoundfer.core.data.ExpressionNames;
import dev.compoundfer.core.data.LoadProblem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * CFEE's class ids, read from the {@code summary} sheet ({@code idx | emotion_cat | type}) of {@code
 * AU_annotation_all_subjects.xls}, as the reference does (method.md §2).
 *
 * <p>When the workbook is missing, unreadable or has no usable {@code summary} sheet, the built-in table of {@link
 * Expression#cfeeId()} (the same 22 ids) is used and one notice says so: the images alone are a usable dataset, and
 * the user learns which table labelled them. Sheet names that are no class are reported and their ids left out.
 *
 * @param classes the class of each id
 * @param notices what the user should know about where the table came from
 */
record CfeeClassTable(Map<Integer, Expression> classes, List<LoadProblem> notices) {

  /** The workbook's name in the CFEE distribution. */
  static final String WORKBOOK = "AU_annotation_all_subjects.xls";

  CfeeClassTable {
    classes = Map.copyOf(classes);
    notices = List.copyOf(notices);
  }

  /** The table of the workbook, or the built-in one with a notice saying why. */
  static CfeeClassTable read(Path workbook) {
    String name = String.valueOf(workbook.getFileName());
    try (InputStream in = Files.newInputStream(workbook);
        HSSFWorkbook book = new HSSFWorkbook(in)) {
      Sheet summary = summarySheet(book);
      if (summary == null) {
        return builtIn(name, "The workbook has no 'summary' sheet");
      }
      CfeeClassTable table = fromSheet(summary, name);
      return table.classes().isEmpty() ? builtIn(name, "The 'summary' sheet lists no class ids") : table;
    } catch (NoSuchFileException e) {
      return builtIn(name, "The workbook was not found");
    } catch (IOException | RuntimeException e) {
      // POI signals a non-.xls or damaged file with a variety of runtime exceptions; all mean "cannot use it".
      return builtIn(name, "The workbook could not be read as an .xls file (" + e.getClass().getSimpleName() + ")");
    }
  }

  private static CfeeClassTable builtIn(String workbookName, String why) {
    Map<Integer, Expression> classes = new TreeMap<>();
    Arrays.stream(Expression.values()).forEach(e -> classes.put(e.cfeeId(), e));
    return new CfeeClassTable(classes, List.of(new LoadProblem(workbookName,
        why + ", so the built-in CFEE class table (the same 22 ids) was used.")));
  }

  private static Sheet summarySheet(HSSFWorkbook book) {
    for (Sheet sheet : book) {
      if (sheet.getSheetName().strip().equalsIgnoreCase("summary")) {
        return sheet;
      }
    }
    return null;
  }

  private static CfeeClassTable fromSheet(Sheet summary, String workbookName) {
    Map<Integer, Expression> classes = new TreeMap<>();
    List<LoadProblem> notices = new ArrayList<>();
    for (Row row : summary) {
      Optional<Integer> id = idOf(row.getCell(0));
      // The header row (idx | emotion_cat | type) and blank rows have no numeric id.
      if (id.isEmpty()) {
        continue;
      }
      String label = textOf(row.getCell(1));
      Optional<Expression> expression = ExpressionNames.parse(label);
      if (expression.isEmpty()) {
        notices.add(new LoadProblem(workbookName, String.format(
            "Row %d of the summary sheet names '%s', which is not a CFEE class, so files with id %02d are skipped.",
            row.getRowNum() + 1, label, id.get())));
      } else {
        classes.put(id.get(), expression.get());
      }
    }
    return new CfeeClassTable(classes, notices);
  }

  private static Optional<Integer> idOf(Cell cell) {
    if (cell == null) {
      return Optional.empty();
    }
    if (cell.getCellType() == CellType.NUMERIC) {
      double value = cell.getNumericCellValue();
      return value == Math.rint(value) ? Optional.of((int) value) : Optional.empty();
    }
    String text = textOf(cell);
    return text.matches("\\d{1,2}") ? Optional.of(Integer.parseInt(text)) : Optional.empty();
  }

  private static String textOf(Cell cell) {
    return cell != null && cell.getCellType() == CellType.STRING ? cell.getStringCellValue().strip() : "";
  }
}
