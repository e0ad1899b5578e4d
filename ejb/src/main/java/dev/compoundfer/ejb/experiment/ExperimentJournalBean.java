package dev.compoundfer.ejb.experiment;

import dev.compoundfer.ejb.experiment.ExperimentView.IncrementView;
import dev.compoundfer.ejb.experiment.ExperimentView.ProgressView;
import dev.compoundfer.ejb.registry.ModelFile;
import dev.compoundfer.ejb.registry.ModelRegistry;
import dev.compoundfer.persistence.experiment.Experiment;
import dev.compoundfer.persistence.experiment.IncrementRecord;
import dev.compoundfer.persistence.experiment.Progress;
import dev.compoundfer.persistence.experiment.StepRun;
import dev.compoundfer.core.data.Expression;
import dev.compoundfer.persistence.metric.AccuracyCell;
import dev.compoundfer.persistence.metric.ConfusionMatrix;
import dev.compoundfer.persistence.metric.FewShotResult;
import dev.compoundfer.persistence.replay.ReplaySample;
import jakarta.ejb.EJB;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * Writes what the job reports, each call in its own transaction (the job's chunk transaction is not ours).
 *
 * <p>One writer at a time for the whole server: a singleton whose writes take its write lock. With two experiments
 * running, their job threads' journal transactions overlapped, and EclipseLink 4.0.1 (Payara 6) then handed one pooled
 * connection to both: one transaction's commit closed it under the other ("Connection closed" on H2, "Cannot commit
 * when autoCommit is enabled" on PostgreSQL, "state.isBusy already set to false" in server.log; GlassFish issues
 * 21078 and 21661 show the same stacks, unresolved upstream). A journal write takes milliseconds and a job writes a
 * few per epoch, so serialising them costs nothing measurable. Reads take the same lock: two report steps reading the
 * same accuracy matrix at once showed the same double close.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
@Lock(LockType.WRITE)
public class ExperimentJournalBean implements ExperimentJournal {
  @PersistenceContext private EntityManager em;
  @EJB private ModelRegistry registry;

  @Override
  public long create(ExperimentRequest request, String datasetLabel) {
    Experiment experiment =
        new Experiment(request.name(), datasetLabel, request.toText(), LocalDateTime.now());
    em.persist(experiment);
    em.flush();
    return experiment.getId();
  }

  @Override
  public Properties jobParameters(long experimentId) {
    Properties parameters = ExperimentRequest.parseText(require(experimentId).getParameters());
    parameters.setProperty("experimentId", Long.toString(experimentId));
    return parameters;
  }

  @Override
  public void running(long experimentId, long executionId) {
    require(experimentId).markRunning(executionId, LocalDateTime.now());
  }

  @Override
  public void progress(long experimentId, ProgressView p) {
    require(experimentId)
        .reportProgress(
            new Progress(p.phase(), p.detail(), p.done(), p.total(), p.percent(), p.imagesPerSecond(),
                p.etaSeconds()));
  }

  @Override
  public void stepStarted(long experimentId, long executionId, String step) {
    require(experimentId);
    em.persist(new StepRun(experimentId, executionId, step, LocalDateTime.now()));
  }

  @Override
  public void stepEnded(long experimentId, long executionId, String step, String status, int items) {
    em.createNamedQuery("StepRun.find", StepRun.class)
        .setParameter("execution", executionId)
        .setParameter("step", step)
        .setMaxResults(1)
        .getResultList()
        .forEach(run -> run.end(status, items, LocalDateTime.now()));
  }

  @Override
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<StepRunView> stepRuns(long experimentId) {
    return em.createNamedQuery("StepRun.ofExperiment", StepRun.class)
        .setParameter("experiment", experimentId)
        .getResultList().stream()
        .map(s -> new StepRunView(s.getJobExecutionId(), s.getStep(), s.getStartedAt(), s.getEndedAt(),
            s.getStatus(), s.getSeconds(), s.getItems()))
        .toList();
  }

  @Override
  public void prepared(
      long experimentId, String workDir, int samples, int problems, int train, int validation, int test) {
    require(experimentId).recordPrepared(workDir, samples, problems, train, validation, test);
  }

  @Override
  public void pretrained(long experimentId, long backboneId) {
    Experiment experiment = require(experimentId);
    Properties parameters = ExperimentRequest.parseText(experiment.getParameters());
    parameters.setProperty("pretrained", Long.toString(backboneId));
    experiment.replaceParameters(ExperimentRequest.toText(parameters));
  }

  @Override
  public void teacherTrained(long experimentId, double testAccuracy, int epochs, ModelFile model) {
    require(experimentId).recordTeacher(testAccuracy, epochs);
    registry.register(experimentId, model);
  }

  @Override
  public void incrementLearned(long experimentId, IncrementView i, ModelFile model) {
    require(experimentId)
        .recordIncrement(
            new IncrementRecord(i.step(), i.learnedClass(), i.accuracyAllSeen(), i.newClassAccuracy(),
                i.oldClassAccuracy(), i.epochs(), i.seconds()));
    registry.register(experimentId, model);
  }

  @Override
  public void summarised(
      long experimentId, double overall, double forgetting, double bwt, String matrixJson,
      List<AccuracyCellView> cells) {
    require(experimentId).recordSummary(overall, forgetting, bwt, matrixJson);
    em.createNamedQuery("AccuracyCell.deleteExperiment").setParameter("experiment", experimentId).executeUpdate();
    int position = 0;
    int step = -1;
    for (AccuracyCellView cell : cells) {
      position = cell.step() == step ? position + 1 : 0;
      step = cell.step();
      em.persist(new AccuracyCell(experimentId, cell.step(), position, cell.expression(), cell.accuracy()));
    }
  }

  @Override
  public void replaySelected(long experimentId, String expression, List<ReplaySampleView> samples) {
    require(experimentId);
    em.createNamedQuery("ReplaySample.deleteClass")
        .setParameter("experiment", experimentId)
        .setParameter("expression", expression)
        .executeUpdate();
    samples.forEach(s -> em.persist(new ReplaySample(experimentId, expression, s.sample(), s.score(), s.rank())));
  }

  @Override
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<ReplaySampleView> replaySet(long experimentId) {
    return em.createNamedQuery("ReplaySample.ofExperiment", ReplaySample.class)
        .setParameter("experiment", experimentId)
        .getResultList().stream()
        .map(r -> new ReplaySampleView(r.getExpression(), r.getSample(), r.getScore(), r.getRank()))
        .toList();
  }

  @Override
  public void confusionMatrices(long experimentId, List<ConfusionMatrixView> matrices) {
    require(experimentId);
    em.createNamedQuery("ConfusionMatrix.deleteExperiment").setParameter("experiment", experimentId)
        .executeUpdate();
    matrices.forEach(m -> em.persist(new ConfusionMatrix(experimentId, m.step(), m.classes(), m.counts())));
  }

  @Override
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<ConfusionMatrixView> confusionMatrices(long experimentId) {
    return em.createNamedQuery("ConfusionMatrix.ofExperiment", ConfusionMatrix.class)
        .setParameter("experiment", experimentId)
        .getResultList().stream()
        .map(m -> new ConfusionMatrixView(m.getStep(), m.getClasses(), m.getCounts()))
        .toList();
  }

  @Override
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public boolean fewShotDone(long experimentId, String compound, int shots) {
    return !fewShot(experimentId, compound, shots).isEmpty();
  }

  @Override
  public int fewShotLearned(long experimentId, FewShotResultView r) {
    require(experimentId);
    fewShot(experimentId, r.compound(), r.shots()).forEach(em::remove);
    em.flush();
    int position = Expression.valueOf(r.compound().toUpperCase(Locale.ROOT)).ordinal();
    em.persist(new FewShotResult(experimentId, r.compound(), position, r.shots(), r.seed(), r.sevenWayAccuracy(),
        r.newClassRecall(), r.basicAccuracy(), r.epochs(), r.seconds()));
    em.flush();
    return ((Number) em.createNamedQuery("FewShotResult.countExperiment")
        .setParameter("experiment", experimentId)
        .getSingleResult()).intValue();
  }

  @Override
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<FewShotResultView> fewShotResults(long experimentId) {
    return em.createNamedQuery("FewShotResult.ofExperiment", FewShotResult.class)
        .setParameter("experiment", experimentId)
        .getResultList().stream()
        .map(f -> new FewShotResultView(f.getCompound(), f.getShots(), f.getSeed(), f.getSevenWayAccuracy(),
            f.getNewClassRecall(), f.getBasicAccuracy(), f.getEpochs(), f.getSeconds()))
        .toList();
  }

  private List<FewShotResult> fewShot(long experimentId, String compound, int shots) {
    return em.createNamedQuery("FewShotResult.find", FewShotResult.class)
        .setParameter("experiment", experimentId)
        .setParameter("compound", compound)
        .setParameter("shots", shots)
        .getResultList();
  }

  @Override
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<AccuracyCellView> accuracyMatrix(long experimentId) {
    return em.createNamedQuery("AccuracyCell.ofExperiment", AccuracyCell.class)
        .setParameter("experiment", experimentId)
        .getResultList().stream()
        .map(c -> new AccuracyCellView(c.getStep(), c.getExpression(), c.getAccuracy()))
        .toList();
  }

  @Override
  public void completed(long experimentId, String report) {
    require(experimentId).complete(report, LocalDateTime.now());
  }

  @Override
  public void stopping(long experimentId) {
    require(experimentId).markStopping();
  }

  @Override
  public void stopped(long experimentId) {
    require(experimentId).markStopped(LocalDateTime.now());
  }

  @Override
  public void abandoned(long experimentId) {
    require(experimentId).markAbandoned(LocalDateTime.now());
  }

  @Override
  public void failed(long experimentId, String reason) {
    require(experimentId).fail(reason, LocalDateTime.now());
    em.createNamedQuery("StepRun.open", StepRun.class).setParameter("experiment", experimentId).getResultList()
        .forEach(run -> run.end("FAILED", null, LocalDateTime.now()));
  }

  @Override
  public void jobEnded(long experimentId, long executionId, String batchStatus, String exitStatus) {
    Experiment experiment = require(experimentId);
    boolean sameExecution = experiment.getJobExecutionId() != null && experiment.getJobExecutionId() == executionId;
    if (!experiment.getStatus().isActive() || !sameExecution) {
      return;
    }
    if ("STOPPED".equals(batchStatus)) {
      experiment.markStopped(LocalDateTime.now());
    } else {
      experiment.fail("The job ended " + batchStatus + " (exit status " + exitStatus
          + ") without recording a result; the server log has the details", LocalDateTime.now());
    }
  }

  @Override
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public ExperimentView view(long experimentId) {
    return ExperimentViews.of(require(experimentId));
  }

  @Override
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Optional<ExperimentView> find(long experimentId) {
    return Optional.ofNullable(em.find(Experiment.class, experimentId)).map(ExperimentViews::of);
  }

  @Override
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<ExperimentView> list() {
    return em.createNamedQuery("Experiment.newestFirst", Experiment.class).setMaxResults(200).getResultList()
        .stream()
        .map(ExperimentViews::of)
        .toList();
  }

  private Experiment require(long id) {
    Experiment experiment = em.find(Experiment.class, id);
    if (experiment == null) {
      throw new InvalidParameterException("id", "No experiment has id " + id);
    }
    return experiment;
  }

}
