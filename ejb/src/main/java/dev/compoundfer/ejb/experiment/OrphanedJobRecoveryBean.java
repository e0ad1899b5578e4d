package dev.compoundfer.ejb.experiment;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * After a crash (kill -9, power loss) the batch runtime leaves the executions that were running as STARTED for
 * ever, and nothing can restart them. Shortly after start-up, when no job of this server can be running yet, this
 * bean has {@link ExperimentService#failOrphanedJobs(java.util.Date)} mark them FAILED, so a restart resumes them from their last
 * checkpoint (pitfalls.md section 1).
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OrphanedJobRecoveryBean {
  private static final Logger LOG = Logger.getLogger(OrphanedJobRecoveryBean.class.getName());

  @Resource private TimerService timers;
  @EJB private ExperimentService experiments;

  /** Defers the sweep: during deployment the batch runtime refuses callers that are not yet the application. */
  /** Executions created before this moment belong to an earlier server run or deployment. */
  private final java.util.Date deployed = new java.util.Date();

  @PostConstruct
  void scheduleRecovery() {
    timers.createSingleActionTimer(2000, new TimerConfig(null, false));
  }

  @Timeout
  void recover() {
    try {
      experiments.failOrphanedJobs(deployed);
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "The sweep for orphaned job executions failed", e);
    }
  }
}
