package dev.compoundfer.core.lab;

import dev.compoundfer.core.experiment.ExperimentData;
import dev.compoundfer.core.inference.ModelFiles;
import dev.compoundfer.core.pretrain.BackboneArtifact;
import dev.compoundfer.core.teacher.TeacherResult;
import dev.compoundfer.core.teacher.TeacherTraining;
import dev.compoundfer.core.training.EpochSummary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The teacher on the six basic classes, with its checkpoint in {@code <out>/checkpoints/teacher.ckpt}. */
final class TeacherPhase {

  private TeacherPhase() {}

  /** Trains (or resumes) the teacher, saves it into {@code <out>/teacher} and scores it on the test subjects. */
  static TeacherResult run(LabRun run) {
    return run(run, null);
  }

  /** As {@link #run(LabRun)}, a fresh teacher starting from the backbone artifact in {@code pretrained} if given. */
  static TeacherResult run(LabRun run, Path pretrained) {
    ExperimentData basic = run.data().data().basicOnly();
    BackboneArtifact artifact = pretrained == null ? null : BackboneArtifact.read(pretrained);
    try (TeacherTraining training =
        TeacherTraining.open(run.config(), basic.train(), basic.validation(), run.out(), artifact)) {
      if (training.epochsDone() > 0) {
        run.console().printf("teacher: resuming from its checkpoint after epoch %d%n", training.epochsDone());
      }
      while (!training.finished()) {
        EpochSummary e = training.runEpoch();
        run.console().printf(Locale.ROOT, "teacher epoch %d: loss %.3f, train %.3f, validation %.3f (%.0f images/s)%n",
            e.epoch(), e.trainLoss(), e.trainAccuracy(), e.validationAccuracy(), e.imagesPerSecond());
      }
      TeacherResult result = training.finish(basic.test());
      Map<String, Object> section = new LinkedHashMap<>();
      section.put("test_accuracy", result.testAccuracy());
      section.put("per_class_accuracy", result.perClassAccuracy());
      section.put("epochs", result.epochs());
      section.put("model_dir", result.modelDir().toString());
      if (artifact != null) {
        section.put("pretrained", artifact.dir().toString());
        section.put("pretrained_sha256", artifact.sha256());
      }
      section.put("checkpoint", TeacherTraining.checkpointFile(run.out()).toString());
      run.results().put("teacher", section);
      run.summarise("teacher", "test accuracy, 6 basic classes", result.testAccuracy());
      return result;
    }
  }

  /** The saved teacher that continual and few-shot learning start from; fails with what to run first. */
  static Path requireTeacher(Path out) {
    Path dir = TeacherTraining.modelDir(out);
    if (!Files.isRegularFile(dir.resolve(ModelFiles.DESCRIPTOR))) {
      throw new IllegalStateException("No teacher in " + dir + ": run the teacher phase with --out " + out
          + " (and the same dataset and network options) first");
    }
    return dir;
  }
}
