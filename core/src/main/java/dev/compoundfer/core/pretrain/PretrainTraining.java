package dev.compoundfer.core.pretrain;

import com.google.gson.Gson;
import dev.compoundfer.core.checkpoint.Checkpoint;
import dev.compoundfer.core.checkpoint.CheckpointFile;
import dev.compoundfer.core.training.EpochSeed;
import dev.compoundfer.core.training.NetworkSession;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * Pretraining one epoch per call, with a checkpoint after every epoch (network parameters, Adam's moments and
 * counts, losses and timings, written atomically) so that a stopped job resumes at the next epoch: what the job's
 * {@code pretrain} step runs. Without a checkpoint file it is what {@link BackbonePretraining#train} loops over.
 *
 * <p>The random generators are not saved: each epoch re-derives them from an {@link EpochSeed} (see there why that
 * is the same as saving them), so a resumed run takes the same path as an uninterrupted one with the same seed.
 */
public final class PretrainTraining implements AutoCloseable {

  private static final Gson GSON = new Gson();

  /** The checkpoint's metadata: the epochs done, their mean losses, and the images and seconds they took. */
  private record Progress(int epochsDone, List<Double> losses, long images, double seconds) {}

  private final PretrainConfig config;
  private final PretextTask task;
  private final Path checkpointFile;
  private final NetworkSession session;
  private final List<Double> losses = new ArrayList<>();
  private long images;
  private double seconds;

  private PretrainTraining(PretrainConfig config, PretextTask task, Path checkpointFile) {
    this.config = config;
    this.task = task;
    this.checkpointFile = checkpointFile;
    this.session = new NetworkSession("pretrain", BackbonePretraining.network(config.backbone(), task.outputs(),
        config.seed()), config.channels(), config.imageSize(), config.device());
  }

  /**
   * Opens a pretraining run; resumes from {@code checkpointFile} if it exists.
   *
   * @param checkpointFile where each epoch's checkpoint goes, or null for none (a run that cannot resume)
   */
  public static PretrainTraining open(PretrainConfig config, PretextTask task, Path checkpointFile) {
    PretrainTraining training = new PretrainTraining(config, task, checkpointFile);
    try {
      Optional<Checkpoint> checkpoint =
          checkpointFile == null ? Optional.empty() : CheckpointFile.read(checkpointFile);
      training.resume(checkpoint);
    } catch (RuntimeException e) {
      training.close();
      throw e;
    }
    return training;
  }

  private void resume(Optional<Checkpoint> checkpoint) {
    if (checkpoint.isEmpty()) {
      session.startTraining(config.learningRate());
      return;
    }
    Progress progress = GSON.fromJson(checkpoint.get().metadata(), Progress.class);
    session.loadParameters(checkpoint.get().blob("current"));
    session.startTraining(config.learningRate());
    session.restoreOptimizerState(checkpoint.get().blob("optimizer"));
    losses.addAll(progress.losses());
    images = progress.images();
    seconds = progress.seconds();
  }

  public int epochsDone() {
    return losses.size();
  }

  /** Whether every configured epoch is done. */
  public boolean finished() {
    return epochsDone() >= config.epochs();
  }

  /** The configured epochs. */
  public int epochs() {
    return config.epochs();
  }

  /** Trains the next epoch and writes the checkpoint. */
  public PretrainEpoch runEpoch() {
    if (finished()) {
      throw new IllegalStateException("Pretraining already finished after " + epochsDone() + " epochs");
    }
    int epoch = epochsDone();
    long begin = System.nanoTime();
    EpochSeed seed = new EpochSeed(config.seed(), EpochSeed.Phase.CLASSIFIER, 0, epoch);
    seed.seedEngine();
    Random random = seed.random();
    List<Integer> order = new ArrayList<>(IntStream.range(0, task.size()).boxed().toList());
    Collections.shuffle(order, random);
    double sum = 0;
    int steps = 0;
    long seen = 0;
    for (int start = 0; start + 2 <= order.size(); start += config.batchSize()) {
      List<Integer> indices = order.subList(start, Math.min(order.size(), start + config.batchSize()));
      // BatchNorm and NT-Xent need two images: the shuffled epoch's tail of one is skipped.
      if (indices.size() < 2) {
        continue;
      }
      PretextTask.Batch batch = task.batch(indices, random);
      sum += session.trainStep(batch.pixels(), batch.images(), batch.loss());
      steps++;
      seen += indices.size();
    }
    double epochSeconds = (System.nanoTime() - begin) / 1e9;
    losses.add(sum / steps);
    images += seen;
    seconds += epochSeconds;
    if (checkpointFile != null) {
      writeCheckpoint();
    }
    return new PretrainEpoch(epoch + 1, sum / steps, epochSeconds, seen / Math.max(1e-9, epochSeconds));
  }

  /** What the run produced and measured so far (all epochs, also those of earlier, stopped executions). */
  public PretrainResult result() {
    return new PretrainResult(((PretextFeatures) session.network().features()).backboneParameters(), losses,
        seconds, images / Math.max(1e-9, seconds));
  }

  /**
   * Writes the pretrained backbone as an artifact into {@code dir}, with its provenance.
   *
   * @param dataset what it was trained on, for the provenance
   */
  public BackboneArtifact writeArtifact(Path dir, String dataset) {
    PretrainResult result = result();
    return BackboneArtifact.write(dir, result.parameters(), Provenance.of(config, task, dataset, result));
  }

  private void writeCheckpoint() {
    CheckpointFile.write(checkpointFile, new Checkpoint(GSON.toJson(new Progress(epochsDone(), losses, images,
        seconds)), Map.of("current", session.parameters(), "optimizer", session.optimizerState())));
  }

  @Override
  public void close() {
    session.close();
  }
}
