package dev.compoundfer.ejb.report;

import dev.compoundfer.ejb.experiment.ExperimentJournal;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Feeds an experiment's recorded results to {@link EvaluationWorkbook} and writes the file atomically. */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class ReportServiceBean implements ReportService {
  @EJB private ExperimentJournal journal;

  @Override
  public Path write(long experimentId, Path folder) {
    Path target = folder.resolve("compound-fer-experiment-" + experimentId + ".xlsx");
    try {
      Files.createDirectories(folder);
      Path temp = Files.createTempFile(folder, "report", ".xlsx.tmp");
      try (OutputStream out = Files.newOutputStream(temp)) {
        new EvaluationWorkbook(journal.view(experimentId), journal.jobParameters(experimentId)).write(out);
      }
      return Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("The report of experiment " + experimentId + " could not be written", e);
    }
  }
}
