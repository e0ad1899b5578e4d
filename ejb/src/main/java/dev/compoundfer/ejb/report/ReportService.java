package dev.compoundfer.ejb.report;

import jakarta.ejb.Local;
import java.nio.file.Path;

/** Writes the Excel evaluation report of an experiment. */
@Local
public interface ReportService {
  /** Writes the workbook into the folder and returns its path. */
  Path write(long experimentId, Path folder);
}
