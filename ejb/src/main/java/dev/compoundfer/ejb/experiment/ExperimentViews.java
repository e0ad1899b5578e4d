package dev.compoundfer.ejb.experiment;

import dev.compoundfer.ejb.experiment.ExperimentView.IncrementView;
import dev.compoundfer.ejb.experiment.ExperimentView.ProgressView;
import dev.compoundfer.persistence.experiment.Experiment;
import dev.compoundfer.persistence.experiment.Progress;

/** Maps experiment entities to the views pages and clients see (they never see entities). */
final class ExperimentViews {
  private ExperimentViews() {}

  static ExperimentView of(Experiment e) {
    Progress p = e.getProgress();
    ProgressView progress =
        p == null
            ? new ProgressView("waiting", "", 0, 0, 0, 0, 0)
            : new ProgressView(p.getPhase(), p.getDetail(), p.getDone(), p.getTotal(), p.getPercent(),
                p.getImagesPerSecond(), p.getEtaSeconds());
    return new ExperimentView(
        e.getId(), e.getName(), e.getDataset(), e.getStatus().name(), e.getJobExecutionId(), e.getCreatedAt(),
        e.getStartedAt(), e.getEndedAt(), e.getFailure(), progress, e.getSampleCount(), e.getLoadProblemCount(),
        e.getTrainSubjects(), e.getValidationSubjects(), e.getTestSubjects(), e.getTeacherEpochs(),
        e.getTeacherAccuracy(), e.getOverallAccuracy(), e.getAverageForgetting(), e.getBackwardTransfer(),
        e.getReportPath(), e.getWorkDir(),
        e.getIncrements().stream()
            .map(i -> new IncrementView(i.getStep(), i.getLearnedClass(), i.getAccuracyAllSeen(),
                i.getNewClassAccuracy(), i.getOldClassAccuracy(), i.getEpochs(), i.getSeconds()))
            .toList(),
        pretrainedBackbone(e), method(e));
  }

  /** How the compound classes are learned. */
  private static String method(Experiment e) {
    return ExperimentRequest.storedMethod(ExperimentRequest.parseText(e.getParameters()));
  }

  /** The backbone the teacher starts from, kept with the parameters (the pretrain step adds it there). */
  private static Long pretrainedBackbone(Experiment e) {
    String id = ExperimentRequest.parseText(e.getParameters()).getProperty("pretrained");
    return id == null ? null : Long.valueOf(id);
  }
}
