package dev.compoundfer.ejb.registry;

import dev.compoundfer.core.inference.BatchSettings;
import dev.compoundfer.core.inference.ExpressionModel;
import dev.compoundfer.core.inference.ServedModel;
import dev.compoundfer.core.inference.ServingSettings;
import dev.compoundfer.ejb.inference.NoActiveModelException;
import dev.compoundfer.persistence.model.ModelVersion;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
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
 * model, and the old model is closed only once the last of them has finished. The micro-batcher's dispatcher and
 * pass threads come from the server's managed thread factory (a plain pool over managed threads, sized by the
 * predictor count rather than by the default managed executor's settings).
 *
 * <p>No method runs in a transaction: loading a model is file and native work, and a caller's transaction (a
 * job's journal call registering its first model) should not stay open, holding its connection, while it runs.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ActiveModelBean {
  private static final Logger LOG = Logger.getLogger(ActiveModelBean.class.getName());

  private final ReadWriteLock lock = new ReentrantReadWriteLock();
  private LoadedModel current;

  @PersistenceContext private EntityManager em;
  @Resource private ManagedThreadFactory threads;

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
    load(versionId, path, InferenceSettings.serving());
  }

  /**
   * Loads the current version again with other micro-batching (until the next activation or restart), e.g. to
   * compare batching off and on.
   */
  public void reload(BatchSettings batching) {
    LoadedModel loaded = use(current -> current);
    ServingSettings settings = loaded.served().settings();
    load(loaded.versionId(), loaded.path().toString(),
        new ServingSettings(settings.predictors(), batching, settings.timeout()));
  }

  private void load(long versionId, String path, ServingSettings settings) {
    String device = InferenceSettings.device();
    ExpressionModel model = ExpressionModel.load(Path.of(path), device);
    ServedModel served;
    try {
      served = new ServedModel(model, settings, threads);
    } catch (RuntimeException e) {
      model.close();
      throw e;
    }
    LoadedModel previous;
    lock.writeLock().lock();
    try {
      previous = current;
      current = new LoadedModel(versionId, Path.of(path), device, served);
    } finally {
      lock.writeLock().unlock();
    }
    if (previous != null) {
      previous.close();
    }
  }

  /** Runs work on the current model while no switch can close it. */
  public <T> T use(Function<LoadedModel, T> work) {
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
        current.close();
        current = null;
      }
    } finally {
      lock.writeLock().unlock();
    }
  }
}
