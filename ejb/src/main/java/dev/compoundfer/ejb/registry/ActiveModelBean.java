package dev.compoundfer.ejb.registry;

import dev.compoundfer.core.inference.ExpressionModel;
import dev.compoundfer.ejb.inference.NoActiveModelException;
import dev.compoundfer.persistence.model.ModelVersion;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.file.Path;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The loaded model that serves inference. A switch is atomic: requests hold the read lock while they use the
 * model, and the old model is closed only once the last of them has finished.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ActiveModelBean {
  private static final Logger LOG = Logger.getLogger(ActiveModelBean.class.getName());

  /** A model version in memory. */
  public record Loaded(long versionId, ExpressionModel model) {}

  private final ReadWriteLock lock = new ReentrantReadWriteLock();
  private Loaded current;

  @PersistenceContext private EntityManager em;

  @PostConstruct
  void restoreActiveVersion() {
    em.createNamedQuery("ModelVersion.active", ModelVersion.class).getResultList().stream()
        .findFirst()
        .ifPresent(v -> {
          try {
            load(v.getId(), v.getPath());
          } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The active model version " + v.getId() + " could not be loaded", e);
          }
        });
  }

  /** Loads a version and makes it current; the previous one is closed after its requests finish. */
  public void load(long versionId, String path) {
    ExpressionModel model = ExpressionModel.load(Path.of(path), System.getProperty("fer.device", "auto"));
    Loaded previous;
    lock.writeLock().lock();
    try {
      previous = current;
      current = new Loaded(versionId, model);
    } finally {
      lock.writeLock().unlock();
    }
    if (previous != null) {
      previous.model().close();
    }
  }

  /** Runs work on the current model while no switch can close it. */
  public <T> T use(Function<Loaded, T> work) {
    lock.readLock().lock();
    try {
      if (current == null) {
        throw new NoActiveModelException();
      }
      return work.apply(current);
    } finally {
      lock.readLock().unlock();
    }
  }

  @PreDestroy
  void close() {
    lock.writeLock().lock();
    try {
      if (current != null) {
        current.model().close();
        current = null;
      }
    } finally {
      lock.writeLock().unlock();
    }
  }
}
