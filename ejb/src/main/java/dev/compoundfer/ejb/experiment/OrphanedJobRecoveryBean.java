package dev.compoundfer.ejb.experiment;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * After a crash (kill -9, power loss) the batch runtime leaves the executions that were running as STARTED for
 * ever, and nothing can restart them. At start-up no job of this server can be running yet, so such executions
 * are orphans: this bean marks them FAILED in the batch repository and their experiments FAILED with a reason,
 * after which a restart resumes them from their last checkpoint (pitfalls.md section 1).
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OrphanedJobRecoveryBean {
  private static final Logger LOG = Logger.getLogger(OrphanedJobRecoveryBean.class.getName());
  private static final Set<BatchStatus> LIVE =
      EnumSet.of(BatchStatus.STARTING, BatchStatus.STARTED, BatchStatus.STOPPING);

  @EJB private ExperimentJournal journal;

  // Payara's default batch repository (batch-runtime-configuration's data source).
  @Resource(lookup = "jdbc/__TimerPool")
  private DataSource batchRepository;

  @Resource private TimerService timers;

  /** Defers the sweep: during deployment the batch runtime refuses callers that are not yet the application. */
  @PostConstruct
  void scheduleRecovery() {
    timers.createSingleActionTimer(2000, new TimerConfig(null, false));
  }

  @Timeout
  void recover() {
    try {
      recoverOrphans();
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "The sweep for orphaned job executions failed", e);
    }
  }

  private void recoverOrphans() {
    for (ExperimentView experiment : journal.list()) {
      Long execution = experiment.jobExecutionId();
      boolean active = "RUNNING".equals(experiment.status()) || "STOPPING".equals(experiment.status());
      if (active && execution != null
          && LIVE.contains(BatchRuntime.getJobOperator().getJobExecution(execution).getBatchStatus())) {
        try {
          markFailed(execution);
          journal.failed(experiment.id(), "The server stopped while job execution " + execution
              + " ran; restart the experiment to resume from its last checkpoint");
          LOG.warning("Experiment " + experiment.id() + ": orphaned job execution " + execution + " marked FAILED");
        } catch (SQLException e) {
          LOG.log(Level.SEVERE, "Could not mark orphaned job execution " + execution + " FAILED", e);
        }
      }
    }
  }

  private void markFailed(long execution) throws SQLException {
    try (Connection c = batchRepository.getConnection();
        PreparedStatement job = c.prepareStatement(
            "UPDATE EXECUTIONINSTANCEDATA SET batchstatus = 'FAILED', exitstatus = 'FAILED',"
                + " endtime = CURRENT_TIMESTAMP WHERE jobexecid = ?");
        PreparedStatement steps = c.prepareStatement(
            "UPDATE STEPEXECUTIONINSTANCEDATA SET batchstatus = 'FAILED', exitstatus = 'FAILED',"
                + " endtime = CURRENT_TIMESTAMP WHERE jobexecid = ? AND batchstatus IN"
                + " ('STARTING', 'STARTED', 'STOPPING')")) {
      job.setLong(1, execution);
      job.executeUpdate();
      steps.setLong(1, execution);
      steps.executeUpdate();
    }
  }
}
