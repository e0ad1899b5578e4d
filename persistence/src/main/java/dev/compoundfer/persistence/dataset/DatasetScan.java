package dev.compoundfer.persistence.dataset;

/**
 * What one scan of a dataset found.
 *
 * @param samples images that loaded
 * @param subjects distinct subjects among them
 * @param classCounts {@code expression=count} lines
 * @param problemCount how many files were skipped
 * @param problems the first skipped files, {@code file<TAB>reason} lines
 */
public record DatasetScan(int samples, int subjects, String classCounts, int problemCount, String problems) {
  public DatasetScan {
    if (samples < 0 || subjects < 0 || problemCount < 0) {
      throw new IllegalArgumentException("counts cannot be negative");
    }
  }
}
