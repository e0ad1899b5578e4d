package dev.compoundfer.batch.experiment;

import dev.compoundfer.ejb.experiment.ExperimentJournal;
import dev.compoundfer.ejb.registry.BackboneRegistry;
import dev.compoundfer.ejb.report.ReportService;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * The session beans the job calls, looked up by their portable JNDI names. Batch artifacts live in an EAR library,
 * where Payara injects neither {@code @EJB} nor CDI references to the EJB module's beans.
 */
public final class Lookups {
  static final String JOURNAL =
      "java:app/compound-fer-ejb/ExperimentJournalBean!dev.compoundfer.ejb.experiment.ExperimentJournal";
  static final String REPORTS =
      "java:app/compound-fer-ejb/ReportServiceBean!dev.compoundfer.ejb.report.ReportService";

  static final String BACKBONES =
      "java:app/compound-fer-ejb/BackboneRegistryBean!dev.compoundfer.ejb.registry.BackboneRegistry";

  private Lookups() {}

  public static BackboneRegistry backbones() {
    return lookup(BACKBONES);
  }

  public static ExperimentJournal journal() {
    return lookup(JOURNAL);
  }

  public static ReportService reports() {
    return lookup(REPORTS);
  }

  private static <T> T lookup(String name) {
    try {
      return InitialContext.doLookup(name);
    } catch (NamingException e) {
      throw new IllegalStateException("The session bean " + name + " is not deployed", e);
    }
  }
}
