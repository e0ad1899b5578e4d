package dev.compoundfer.ejb.experiment;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * The one write the Jakarta Batch API lacks: marking an execution that died with its server FAILED in the job
 * repository (jakartaee/batch issue 157). Table names are those of Payara's jbatch schema
 * ({@code glassfish/lib/install/databases/jsr352-*.sql}).
 */
final class BatchRepository {
  private final DataSource repository;

  BatchRepository(DataSource repository) {
    this.repository = repository;
  }

  void markFailed(long execution) throws SQLException {
    try (Connection c = repository.getConnection();
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
