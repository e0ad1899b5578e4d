package dev.compoundfer.ejb.experiment;

import dev.compoundfer.ejb.security.Roles;
import dev.compoundfer.persistence.dataset.Dataset;
import dev.compoundfer.persistence.schedule.Schedule;
import dev.compoundfer.ejb.registry.BackboneRegistry;
import dev.compoundfer.ejb.registry.BackboneView;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.JobSecurityException;
import jakarta.batch.operations.JobStartException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.sql.SQLException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import javax.sql.DataSource;

/**
 * Creates experiments and drives their job through the batch runtime's {@link JobOperator}.
 *
 * <p>Not transactional: each write commits through the {@link ExperimentJournal} before the job is started, so the
 * job (which runs on another thread) always finds its experiment row.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@RolesAllowed({Roles.ADMIN, Roles.MANAGER})
public class ExperimentServiceBean implements ExperimentService {
  static final String JOB_NAME = "compound-fer";

  @EJB private ExperimentJournal journal;
  @PersistenceContext private EntityManager em;
  @EJB private BackboneRegistry backbones;

  // Payara's default batch repository (batch-runtime-configuration's data source).
  @Resource(lookup = "jdbc/__TimerPool")
  private DataSource batchRepository;

  @Override
  @RolesAllowed(Roles.ADMIN)
  public ExperimentView start(ExperimentRequest request) {
    return launch(request);
  }

  // No role check: timers run without a caller, and this starts only what an administrator scheduled, with the
  // parameters stored in the schedule.
  @Override
  @PermitAll
  public ExperimentView startScheduled(long scheduleId, String name) {
    Schedule schedule = em.find(Schedule.class, scheduleId);
    if (schedule == null) {
      throw new InvalidParameterException("scheduleId", "No schedule has id " + scheduleId);
    }
    return launch(ExperimentRequest.fromJobParameters(name, ExperimentRequest.parseText(schedule.getParameters())));
  }

  private ExperimentView launch(ExperimentRequest request) {
    DatasetChoice dataset = dataset(request.dataset());
    requireFittingBackbone(request);
    ExperimentRequest job = request.withDataset(dataset.forJob());
    if (request.pretrains()) {
      job = job.withPretrainData(pretrainFolder(request.pretrainData()));
    }
    long id = journal.create(job, dataset.label());
    Properties parameters = job.toJobParameters(id);
    try {
      long execution = BatchRuntime.getJobOperator().start(JOB_NAME, parameters);
      journal.running(id, execution);
    } catch (JobStartException | JobSecurityException e) {
      journal.failed(id, "The job could not start: " + e.getMessage());
    }
    return journal.view(id);
  }

  @Override
  public List<ExperimentView> list() {
    return journal.list().stream().map(this::reconciled).toList();
  }

  @Override
  public Optional<ExperimentView> find(long id) {
    return journal.find(id).map(this::reconciled);
  }

  /**
   * An experiment whose job ended without saying so (it failed before its listeners could run, or was abandoned)
   * is recorded as the batch runtime knows it, so nobody waits for a job that is gone.
   */
  private ExperimentView reconciled(ExperimentView experiment) {
    if (!isActive(experiment)) {
      return experiment;
    }
    JobExecution execution;
    try {
      execution = BatchRuntime.getJobOperator().getJobExecution(experiment.jobExecutionId());
    } catch (JobSecurityException | jakarta.batch.operations.NoSuchJobExecutionException e) {
      // Payara shows an execution only to the user and deployment that started it (another user's job, or one of a
      // server run before a redeploy): the row stays as the job's listener and the start-up sweep keep it.
      return experiment;
    }
    BatchStatus status = execution.getBatchStatus();
    if (isLive(status)) {
      return experiment;
    }
    journal.jobEnded(experiment.id(), execution.getExecutionId(), status.name(), execution.getExitStatus());
    return journal.view(experiment.id());
  }

  @Override
  public List<ReplaySampleView> replaySet(long id) {
    require(id);
    return journal.replaySet(id);
  }

  @Override
  public List<ConfusionMatrixView> confusionMatrices(long id) {
    require(id);
    return journal.confusionMatrices(id);
  }

  @Override
  public List<StepRunView> stepRuns(long id) {
    require(id);
    return journal.stepRuns(id);
  }

  @Override
  public List<FewShotResultView> fewShotResults(long id) {
    require(id);
    return journal.fewShotResults(id);
  }

  @Override
  public List<AccuracyCellView> accuracyMatrix(long id) {
    require(id);
    return journal.accuracyMatrix(id);
  }

  @Override
  @RolesAllowed(Roles.ADMIN)
  public ExperimentView stop(long id) {
    ExperimentView experiment = require(id);
    JobOperator operator = BatchRuntime.getJobOperator();
    BatchStatus status = operator.getJobExecution(experiment.jobExecutionId()).getBatchStatus();
    if (status != BatchStatus.STARTED && status != BatchStatus.STARTING) {
      throw new InvalidParameterException("id", "Experiment " + id + " is not running (its job is " + status + ")");
    }
    operator.stop(experiment.jobExecutionId());
    journal.stopping(id);
    return journal.view(id);
  }

  @Override
  @RolesAllowed(Roles.ADMIN)
  public ExperimentView restart(long id) {
    ExperimentView experiment = requireStoppedOrFailed(id, "restarted");
    Properties parameters = journal.jobParameters(id);
    long execution = BatchRuntime.getJobOperator().restart(experiment.jobExecutionId(), parameters);
    journal.running(id, execution);
    return journal.view(id);
  }

  // Every JobOperator call goes through this bean: Payara's batch runtime only lets the component that started an
  // execution see and restart it.
  @Override
  @PermitAll // the start-up sweep runs without a caller
  public void failOrphanedJobs(java.util.Date createdBefore) {
    for (ExperimentView experiment : journal.list()) {
      Long execution = experiment.jobExecutionId();
      if (!isActive(experiment)) {
        continue;
      }
      JobExecution job = BatchRuntime.getJobOperator().getJobExecution(execution);
      // A job created since this deployment started is running here, not orphaned (a redeploy runs this sweep too).
      if (isLive(job.getBatchStatus()) && job.getCreateTime() != null && job.getCreateTime().before(createdBefore)) {
        try {
          new BatchRepository(batchRepository).markFailed(execution);
        } catch (SQLException e) {
          throw new IllegalStateException("Job execution " + execution + " could not be marked FAILED", e);
        }
        journal.failed(experiment.id(), "The server stopped while job execution " + execution
            + " ran; restart the experiment to resume from its last checkpoint");
      }
    }
  }

  @Override
  @RolesAllowed(Roles.ADMIN)
  public ExperimentView abandon(long id) {
    ExperimentView experiment = requireStoppedOrFailed(id, "abandoned");
    BatchRuntime.getJobOperator().abandon(experiment.jobExecutionId());
    journal.abandoned(id);
    return journal.view(id);
  }

  /** Whether the experiment says its job runs (the batch runtime may know better). */
  private static boolean isActive(ExperimentView experiment) {
    boolean active = "RUNNING".equals(experiment.status()) || "STOPPING".equals(experiment.status());
    return active && experiment.jobExecutionId() != null;
  }

  private static boolean isLive(BatchStatus status) {
    return status == BatchStatus.STARTING || status == BatchStatus.STARTED || status == BatchStatus.STOPPING;
  }

  private ExperimentView requireStoppedOrFailed(long id, String verb) {
    ExperimentView experiment = require(id);
    if (!"STOPPED".equals(experiment.status()) && !"FAILED".equals(experiment.status())) {
      throw new InvalidParameterException(
          "id", "Experiment " + id + " can be " + verb + " only when stopped or failed; it is " + experiment.status());
    }
    return experiment;
  }

  private ExperimentView require(long id) {
    return journal.find(id).orElseThrow(() -> new InvalidParameterException("id", "No experiment has id " + id));
  }

  private void requireFittingBackbone(ExperimentRequest request) {
    if (request.pretrained() == null) {
      return;
    }
    BackboneView backbone = backbones.find(request.pretrained()).orElseThrow(() -> new InvalidParameterException(
        "pretrained", "pretrained must be the id of a registered backbone (GET /api/v1/backbones), was "
            + request.pretrained()));
    if (!backbone.backbone().equals(request.backbone()) || backbone.imageSize() != request.imageSize()) {
      throw new InvalidParameterException("pretrained", "pretrained backbone " + backbone.id() + " is a "
          + backbone.backbone() + " for " + backbone.imageSize() + " px images; the experiment uses "
          + request.backbone() + " at " + request.imageSize() + " px");
    }
  }

  /**
   * What the {@code pretrain} step reads for {@code pretrainData}: {@code synthetic}; the folder of a registered
   * dataset, by id or name (a manifest CSV is no folder of images); or a folder on the server.
   */
  private String pretrainFolder(String pretrainData) {
    if ("synthetic".equals(pretrainData)) {
      return pretrainData;
    }
    String folder = registered(pretrainData).map(Dataset::getPath).orElse(pretrainData);
    if (!isFolder(folder)) {
      throw new InvalidParameterException("pretrainData", "pretrainData must be 'synthetic', a registered dataset "
          + "whose path is a folder of images (GET /api/v1/datasets) or a folder of images on the server, was "
          + pretrainData);
    }
    return folder;
  }

  private static boolean isFolder(String path) {
    try {
      return Files.isDirectory(Path.of(path));
    } catch (InvalidPathException e) {
      return false;
    }
  }

  /**
   * What the job reads for the {@code dataset} parameter: {@code synthetic}; a registered dataset, by id or name
   * (schedules store the name, so a dataset registered again under it is found); or a manifest CSV on the server.
   */
  private DatasetChoice dataset(String dataset) {
    if ("synthetic".equals(dataset)) {
      return new DatasetChoice(dataset, dataset);
    }
    Optional<Dataset> registered = registered(dataset);
    if (registered.isPresent()) {
      Dataset d = registered.get();
      return new DatasetChoice(d.getName(), forJob(d.getReader(), d.getPath()));
    }
    if (isManifest(dataset)) {
      return new DatasetChoice(dataset, dataset);
    }
    throw new InvalidParameterException("dataset", "dataset must be 'synthetic', the id or name of a registered "
        + "dataset (GET /api/v1/datasets) or an existing manifest CSV on the server, was " + dataset);
  }

  private Optional<Dataset> registered(String dataset) {
    if (dataset.chars().allMatch(Character::isDigit) && dataset.length() <= 18) {
      Dataset byId = em.find(Dataset.class, Long.valueOf(dataset));
      if (byId != null) {
        return Optional.of(byId);
      }
    }
    return em.createNamedQuery("Dataset.byName", Dataset.class).setParameter("name", dataset).getResultStream()
        .findFirst();
  }

  /** The job's value for a registered dataset: {@code synthetic} or {@code <reader>:<path>}. */
  static String forJob(String reader, String path) {
    return "synthetic".equals(reader) ? "synthetic" : reader + ":" + path;
  }

  private static boolean isManifest(String dataset) {
    try {
      return Files.isRegularFile(Path.of(dataset));
    } catch (InvalidPathException e) {
      return false;
    }
  }

  /**
   * @param label what the experiment list shows
   * @param forJob the job's {@code dataset} parameter
   */
  private record DatasetChoice(String label, String forJob) {}
}
