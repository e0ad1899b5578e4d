package dev.compoundfer.ejb.report;

import jakarta.ejb.Local;
import java.nio.file.Path;

/** Writes the Excel evaluation report of an experiment. */
@Local
public interface ReportService {
  /** Writes the workbook into the folder and returns its path (the job's last step). */
  Path write(long experimentId, Path folder);

  /** The workbook as it stands now, for a download; works while the experiment still runs. */
  byte[] workbook(long experimentId);
}
