package dev.compoundfer.batch.fewshot;

import dev.compoundfer.batch.experiment.JobSettings;
import dev.compoundfer.core.experiment.ExperimentData;
import dev.compoundfer.core.experiment.Workspace;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The decoded images of each experiment whose fewshot step runs, decoded once for all its partitions instead of
 * once per episode (the examples are immutable, so partitions on several threads share them).
 */
final class EpisodeImages {
  private static final Map<Path, ExperimentData> LOADED = new ConcurrentHashMap<>();

  private EpisodeImages() {}

  static ExperimentData of(JobSettings settings) {
    return LOADED.computeIfAbsent(
        settings.workDir(), dir -> Workspace.open(dir).load(settings.trainingConfig()));
  }

  /** Frees the images once the step is over. */
  static void release(JobSettings settings) {
    LOADED.remove(settings.workDir());
  }
}
