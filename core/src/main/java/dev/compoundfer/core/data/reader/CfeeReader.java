package dev.compoundfer.core.data.reader;

import dev.compoundfer.core.data.Expression;
import dev.compoundfer.core.data.FaceSample;
import dev.compoundfer.core.data.LoadProblem;
import dev.compoundfer.core.data.LoadedDataset;
import dev.compoundfer.core.data.image.ImageDecoder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Reads the original {@code CFEE_Database_230} folder: {@code <range>/Images<k>/<EE>_<SSS>_<NNNN>.jpg}, class ids
 * from the workbook's {@code summary} sheet (see {@link CfeeClassTable}), subject = {@code SSS}.
 *
 * <p>Files are found at any depth, so a flattened or face-cropped copy ({@code _detectface.jpg}) reads the same.
 * Irregular names (such as {@code 04_221.jpg} in {@code 21-26/Images6}) are reported one by one. Files whose id the
 * table does not list (CFEE ships ids 04, 17, 19 and 20 that the sheet leaves out) are skipped as the reference does,
 * but reported as one line per id with the file count, so that a wrong table cannot silently empty a class.
 */
public final class CfeeReader implements DatasetReader {

  private final Path workbook;
  private final SampleFileCheck fileCheck;

  /** A reader expecting {@code AU_annotation_all_subjects.xls} in the dataset folder. */
  public CfeeReader() {
    this(null, new ImageDecoder());
  }

  /** @param workbook the annotation workbook, or null for {@code AU_annotation_all_subjects.xls} in the root */
  public CfeeReader(Path workbook, ImageDecoder decoder) {
    this.workbook = workbook;
    this.fileCheck = new SampleFileCheck(decoder);
  }

  @Override
  public LoadedDataset read(Path root) {
    Path book = (workbook != null ? workbook : root.resolve(CfeeClassTable.WORKBOOK)).toAbsolutePath().normalize();
    CfeeClassTable table = CfeeClassTable.read(book);
    List<FaceSample> samples = new ArrayList<>();
    List<LoadProblem> problems = new ArrayList<>(table.notices());
    List<Path> files;
    try {
      files = ImageFiles.under(root);
    } catch (IOException e) {
      problems.add(new LoadProblem(root.toString(), "The folder could not be read (" + e.getClass().getSimpleName() + ")."));
      return new LoadedDataset(samples, Map.of(), problems);
    }
    Map<Integer, Integer> unlisted = new TreeMap<>();
    for (Path file : files) {
      if (file.toAbsolutePath().normalize().equals(book)) {
        continue;
      }
      String shown = root.relativize(file).toString().replace('\\', '/');
      Optional<CfeeFileName> name = CfeeFileName.parse(file.getFileName().toString());
      if (name.isEmpty()) {
        problems.add(new LoadProblem(shown, "The file name does not follow CFEE's <EE>_<SSS>_<NNNN>.jpg pattern."));
        continue;
      }
      Expression expression = table.classes().get(name.get().classId());
      if (expression == null) {
        unlisted.merge(name.get().classId(), 1, Integer::sum);
        continue;
      }
      Optional<String> problem = fileCheck.problem(root, file);
      if (problem.isPresent()) {
        problems.add(new LoadProblem(shown, problem.get()));
      } else {
        samples.add(new FaceSample(file, expression, name.get().subject()));
      }
    }
    unlisted.forEach((id, count) -> problems.add(new LoadProblem(String.format("%02d_*", id), String.format(
        "%d file(s) with class id %02d were skipped because the class table does not list that id.", count, id))));
    return new LoadedDataset(samples, Map.of(), problems);
  }
}
