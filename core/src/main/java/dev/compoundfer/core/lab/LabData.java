package dev.compoundfer.core.lab;

import dev.compoundfer.core.data.FaceSample;
import dev.compoundfer.core.data.LoadedDataset;
import dev.compoundfer.core.data.image.BadImageException;
import dev.compoundfer.core.data.image.ImageDecoder;
import dev.compoundfer.core.data.image.ImagePixels;
import dev.compoundfer.core.data.split.SubjectSplit;
import dev.compoundfer.core.data.split.SubjectSplits;
import dev.compoundfer.core.experiment.DatasetPlan;
import dev.compoundfer.core.experiment.ExperimentData;
import dev.compoundfer.core.experiment.Workspace;
import dev.compoundfer.core.training.Example;
import dev.compoundfer.core.training.TrainingConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The examples of a lab run by split. A synthetic or manifest dataset goes the way of the server job's prepare step
 * ({@link DatasetPlan}, {@link Workspace} in the output folder); folders and CFEE are read by their reader and split
 * by the same rule (seeded 5-fold by subject, fold 0 tests, fold 1 validates).
 *
 * @param data train, validation and test examples of the 21 non-neutral classes
 * @param description what was loaded, for results.json
 */
record LabData(ExperimentData data, Map<String, Object> description) {

  private static final int FOLDS = 5;

  static LabData prepare(CommonOptions options, TrainingConfig config) {
    DatasetSource source = options.dataset;
    if (source.kind().equals("synthetic") || source.kind().equals("manifest")) {
      String dataset = source.path() == null ? "synthetic" : source.path().toString();
      DatasetPlan plan = DatasetPlan.prepare(
          dataset, options.out.resolve("datasets"), options.subjects, options.imageSize, options.seed);
      Workspace workspace = Workspace.create(options.out);
      workspace.savePlan(plan);
      return described(source, workspace.load(config), plan.split(), plan.sampleCount(), plan.problems().size());
    }
    LoadedDataset loaded = source.reader().read(source.path());
    if (loaded.samples().isEmpty()) {
      throw new IllegalArgumentException("The dataset " + source + " has no usable image"
          + (loaded.problems().isEmpty() ? "" : "; first problem: " + loaded.problems().get(0)));
    }
    SubjectSplit split = SubjectSplits.kFold(
        loaded.subjects(), Math.min(FOLDS, loaded.subjects().size()), options.seed).get(0);
    return described(source, decode(loaded, split, config), split, loaded.samples().size(),
        loaded.problems().size());
  }

  private static ExperimentData decode(LoadedDataset loaded, SubjectSplit split, TrainingConfig config) {
    ImageDecoder decoder = new ImageDecoder();
    List<Example> train = new ArrayList<>();
    List<Example> validation = new ArrayList<>();
    List<Example> test = new ArrayList<>();
    for (FaceSample sample : loaded.samples()) {
      if (!sample.expression().isBasic() && !sample.expression().isCompound()) {
        continue;
      }
      List<Example> set = split.train().contains(sample.subject()) ? train
          : split.validation().contains(sample.subject()) ? validation : test;
      try {
        float[] pixels = ImagePixels.toChw(decoder.decode(sample.image()), config.imageSize(), config.channels());
        set.add(new Example(sample.image().toString(), sample.expression(), sample.subject(), pixels));
      } catch (IOException e) {
        throw new UncheckedIOException("The image " + sample.image() + " cannot be read", e);
      } catch (BadImageException e) {
        throw new IllegalStateException("The image " + sample.image() + " is not usable: " + e.getMessage(), e);
      }
    }
    return new ExperimentData(train, validation, test);
  }

  private static LabData described(
      DatasetSource source, ExperimentData data, SubjectSplit split, int samples, int problems) {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("source", source.toString());
    d.put("samples", samples);
    d.put("skipped", problems);
    d.put("train_subjects", split.train().size());
    d.put("validation_subjects", split.validation().size());
    d.put("test_subjects", split.test().size());
    d.put("train_images", data.train().size());
    d.put("validation_images", data.validation().size());
    d.put("test_images", data.test().size());
    return new LabData(data, d);
  }
}
