package dev.compoundfer.ejb.registry;

import dev.compoundfer.core.gradcam.GradCam;
import dev.compoundfer.core.inference.ServedModel;
import java.nio.file.Path;

/**
 * A model version in memory: the served model, and its Grad-CAM session once the first explanation asked for it
 * (a second, frozen copy of the parameters, so explanations never touch the serving predictors).
 */
public final class LoadedModel implements AutoCloseable {
  private final long versionId;
  private final Path path;
  private final String device;
  private final ServedModel served;
  private GradCam gradCam;

  LoadedModel(long versionId, Path path, String device, ServedModel served) {
    this.versionId = versionId;
    this.path = path;
    this.device = device;
    this.served = served;
  }

  public long versionId() {
    return versionId;
  }

  public Path path() {
    return path;
  }

  public ServedModel served() {
    return served;
  }

  /** Runs work on the Grad-CAM session, one explanation at a time (it is not thread-safe). */
  public synchronized <T> T withGradCam(java.util.function.Function<GradCam, T> work) {
    if (gradCam == null) {
      gradCam = GradCam.open(path, device);
    }
    return work.apply(gradCam);
  }

  @Override
  public synchronized void close() {
    served.close();
    if (gradCam != null) {
      gradCam.close();
    }
  }
}
