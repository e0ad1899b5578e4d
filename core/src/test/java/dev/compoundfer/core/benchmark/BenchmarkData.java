package dev.compoundfer.core.benchmark;

import dev.compoundfer.core.data.LoadedDataset;
import dev.compoundfer.core.data.split.SubjectSplit;
import dev.compoundfer.core.data.split.SubjectSplits;
import dev.compoundfer.core.data.synthetic.SyntheticConfig;
import dev.compoundfer.core.data.synthetic.SyntheticDatasetWriter;
import dev.compoundfer.core.data.synthetic.SyntheticFaces;
import dev.compoundfer.core.experiment.DatasetPlan;
import dev.compoundfer.core.experiment.ExperimentData;
import dev.compoundfer.core.experiment.Workspace;
import dev.compoundfer.core.training.TrainingConfig;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Renders a synthetic dataset into a fresh folder, splits its subjects with seeded 5-fold (split 0: one fifth tests,
 * one fifth validates, three fifths train) and decodes it as an experiment would. A fresh folder every time, so a
 * changed generator is never hidden by a dataset rendered earlier.
 */
final class BenchmarkData {

  private BenchmarkData() {}

  static ExperimentData render(SyntheticConfig synthetic, TrainingConfig training, Path dir) throws IOException {
    LoadedDataset written = new SyntheticDatasetWriter(new SyntheticFaces(synthetic)).write(dir.resolve("dataset"));
    SubjectSplit split = SubjectSplits.kFold(written.subjects(), 5, synthetic.seed()).get(0);
    Workspace workspace = Workspace.create(dir.resolve("work"));
    workspace.savePlan(
        new DatasetPlan(
            dir.resolve("dataset").resolve(SyntheticDatasetWriter.MANIFEST), split, written.samples().size(),
            List.of()));
    return workspace.load(training);
  }
}
