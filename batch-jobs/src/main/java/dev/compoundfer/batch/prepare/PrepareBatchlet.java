package dev.compoundfer.batch.prepare;

import dev.compoundfer.batch.experiment.JobSettings;
import dev.compoundfer.batch.experiment.Lookups;
import dev.compoundfer.batch.experiment.ProgressReporter;
import dev.compoundfer.batch.experiment.ProgressReporter.Phase;
import dev.compoundfer.core.experiment.DatasetPlan;
import dev.compoundfer.core.experiment.Workspace;
import dev.compoundfer.ejb.experiment.ExperimentJournal;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Indexes the dataset (rendering the synthetic one on first use) and fixes the subject split. */
@Dependent
@Named("PrepareBatchlet")
public class PrepareBatchlet extends AbstractBatchlet {
  @Inject private JobContext job;

  private final ExperimentJournal journal = Lookups.journal();

  @Override
  public String process() {
    JobSettings settings = JobSettings.of(job);
    ProgressReporter progress = new ProgressReporter(journal, settings.experimentId(), Phase.PREPARE, 0);
    progress.report("indexing dataset " + settings.get("dataset"), 0, 1, 0);
    DatasetPlan plan =
        DatasetPlan.prepare(
            settings.get("dataset"),
            JobSettings.dataRoot().resolve("datasets"),
            settings.getInt("subjects"),
            settings.getInt("imageSize"),
            settings.seed());
    Workspace workspace = Workspace.create(settings.workDir());
    workspace.savePlan(plan);
    journal.prepared(settings.experimentId(), settings.workDir().toString(), plan.sampleCount(),
        plan.problems().size(), plan.split().train().size(), plan.split().validation().size(),
        plan.split().test().size());
    progress.report("split " + plan.split().train().size() + "/" + plan.split().validation().size() + "/"
        + plan.split().test().size() + " subjects", 1, 1, 0);
    return "PREPARED";
  }
}
