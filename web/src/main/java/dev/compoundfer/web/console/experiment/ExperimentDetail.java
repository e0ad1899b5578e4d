package dev.compoundfer.web.console.experiment;

import dev.compoundfer.ejb.experiment.ExperimentService;
import dev.compoundfer.ejb.experiment.ExperimentView;
import dev.compoundfer.ejb.experiment.FewShotResultView;
import dev.compoundfer.ejb.experiment.StepRunView;
import dev.compoundfer.ejb.experiment.ReplaySampleView;
import dev.compoundfer.ejb.inference.ExpressionRecognizer;
import dev.compoundfer.ejb.inference.NoActiveModelException;
import dev.compoundfer.web.console.ExperimentStates;
import dev.compoundfer.web.console.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * One experiment: progress, metrics, accuracy curve and matrix, forgetting, few-shot results, confusion matrices,
 * replay set, Grad-CAM gallery, step runs, report.
 */
@Named
@ViewScoped
public class ExperimentDetail implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @EJB private ExperimentService experiments;
  @EJB private ExpressionRecognizer recognizer;

  private long id;
  private ExperimentView experiment;
  private String curveJson;
  private AccuracyHeatMap heatMap;
  private Map<String, List<ReplaySampleView>> replaySet;
  private GradCamGallery gallery;
  private List<FewShotResultView> fewShot;
  private List<ConfusionTable> confusion;
  private List<StepRunView> stepRuns;

  /** View action: loads the experiment named by the {@code id} parameter. */
  public void load() {
    experiment = experiments.find(id).orElse(null);
    if (experiment == null) {
      return;
    }
    curveJson = AccuracyCurve.toJson(experiment);
    heatMap = AccuracyHeatMap.of(experiments.accuracyMatrix(id));
    fewShot = experiments.fewShotResults(id);
    confusion = experiments.confusionMatrices(id).stream().map(ConfusionTable::of).toList();
    stepRuns = experiments.stepRuns(id);
    replaySet = experiments.replaySet(id).stream()
        .collect(Collectors.groupingBy(ReplaySampleView::expression, LinkedHashMap::new, Collectors.toList()));
  }

  /** The poll's listener: while the job runs everything may change, afterwards nothing does. */
  public void refresh() {
    if (experiment != null && ExperimentStates.isActive(experiment.status())) {
      load();
    } else if (experiment != null) {
      experiment = experiments.find(id).orElse(experiment);
    }
  }

  /** Draws the Grad-CAM gallery: a model run per image, so only on request. */
  public void explain() {
    try {
      gallery = GradCamGallery.of(experiment, recognizer);
    } catch (NoActiveModelException | IllegalStateException | UncheckedIOException e) {
      Messages.error(e.getMessage());
    }
  }

  public List<FewShotResultView> getFewShot() {
    return fewShot;
  }

  public List<ConfusionTable> getConfusion() {
    return confusion;
  }

  public List<StepRunView> getStepRuns() {
    return stepRuns;
  }

  public GradCamGallery getGallery() {
    return gallery;
  }

  /** The Excel report the job's last step wrote. */
  public StreamedContent getReport() {
    Path report = Path.of(experiment.reportPath());
    return DefaultStreamedContent.builder()
        .name(report.getFileName().toString())
        .contentType(XLSX)
        .stream(() -> open(report))
        .build();
  }

  public boolean isReportReady() {
    return experiment != null && experiment.reportPath() != null && Files.isRegularFile(Path.of(experiment.reportPath()));
  }

  private static InputStream open(Path file) {
    try {
      return Files.newInputStream(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public long getId() {
    return id;
  }

  public void setId(long id) {
    this.id = id;
  }

  public ExperimentView getExperiment() {
    return experiment;
  }

  public String getCurveJson() {
    return curveJson;
  }

  public AccuracyHeatMap getHeatMap() {
    return heatMap;
  }

  public Map<String, List<ReplaySampleView>> getReplaySet() {
    return replaySet;
  }

  public List<String> getReplayClasses() {
    return replaySet == null ? List.of() : List.copyOf(replaySet.keySet());
  }
}
