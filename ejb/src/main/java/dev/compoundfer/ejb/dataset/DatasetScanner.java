package dev.compoundfer.ejb.dataset;

import dev.compoundfer.core.data.Expression;
import dev.compoundfer.core.data.FaceSample;
import dev.compoundfer.core.data.LoadedDataset;
import dev.compoundfer.core.data.reader.CfeeReader;
import dev.compoundfer.core.data.reader.DatasetReader;
import dev.compoundfer.core.data.reader.FolderReader;
import dev.compoundfer.core.data.reader.ManifestReader;
import dev.compoundfer.core.data.synthetic.ContactSheet;
import dev.compoundfer.core.data.synthetic.SyntheticConfig;
import dev.compoundfer.core.data.synthetic.SyntheticFaces;
import dev.compoundfer.ejb.experiment.ExperimentRequest;
import dev.compoundfer.persistence.dataset.DatasetScan;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads a dataset through the core reader its type names. The synthetic generator has no files: it is rendered per
 * experiment, so its counts are those of the quick-start's subject count.
 */
final class DatasetScanner {
  /** Load problems kept per dataset; the count keeps the total. */
  static final int MAX_PROBLEMS = 200;

  private DatasetScanner() {}

  static LoadedDataset read(String reader, String path) {
    DatasetReader datasetReader = switch (reader) {
      case "cfee" -> new CfeeReader();
      case "manifest" -> new ManifestReader();
      case "folders" -> new FolderReader();
      default -> throw new IllegalArgumentException("No files to read for reader " + reader);
    };
    return datasetReader.read(Path.of(path));
  }

  static DatasetScan scan(String reader, String path) {
    if ("synthetic".equals(reader)) {
      int subjects = ExperimentRequest.quickstart("scan").subjects();
      String counts = Arrays.stream(Expression.values())
          .map(e -> e.name().toLowerCase() + "=" + subjects)
          .collect(Collectors.joining("\n"));
      return new DatasetScan(subjects * Expression.values().length, subjects, counts, 0, "");
    }
    LoadedDataset dataset = read(reader, path);
    Map<Expression, Integer> perClass = new EnumMap<>(Expression.class);
    for (FaceSample sample : dataset.samples()) {
      perClass.merge(sample.expression(), 1, Integer::sum);
    }
    String counts = perClass.entrySet().stream()
        .map(e -> e.getKey().name().toLowerCase() + "=" + e.getValue())
        .collect(Collectors.joining("\n"));
    String problems = dataset.problems().stream()
        .limit(MAX_PROBLEMS)
        .map(p -> p.file().replace('\t', ' ') + "\t" + p.reason().replace('\n', ' '))
        .collect(Collectors.joining("\n"));
    return new DatasetScan(dataset.samples().size(), dataset.subjects().size(), counts, dataset.problems().size(),
        problems);
  }

  static BufferedImage contactSheet(String reader, String path) {
    if ("synthetic".equals(reader)) {
      SyntheticFaces faces = new SyntheticFaces(SyntheticConfig.defaults().withImageSize(56));
      return ContactSheet.of(faces, Arrays.asList(Expression.values()), 8);
    }
    return DatasetContactSheet.of(read(reader, path), 8, 56);
  }
}
