package dev.compoundfer.batch.experiment;

/**
 * Portable JNDI names of the session beans the job calls. Batch artifacts live in an EAR library, which cannot see
 * the EJB module's beans through CDI, so they look them up by name.
 */
public final class Lookups {
  public static final String JOURNAL =
      "java:app/compound-fer-ejb/ExperimentJournalBean!dev.compoundfer.ejb.experiment.ExperimentJournal";
  public static final String REPORTS =
      "java:app/compound-fer-ejb/ReportServiceBean!dev.compoundfer.ejb.report.ReportService";

  private Lookups() {}
}
