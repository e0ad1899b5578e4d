package dev.compoundfer.core.lab;

import ai.djl.engine.EngineException;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;

/**
 * The lab launcher: {@code java -jar compound-fer-lab.jar <phase> [options]}. Each phase writes into {@code --out}
 * and reads what earlier phases left there, so {@code teacher} then {@code continual} equals {@code all}.
 */
@Command(name = "lab", mixinStandardHelpOptions = true, version = "compound-fer lab 0.1.0",
    subcommands = PretrainCommand.class,
    description = "Runs a phase of the compound-fer protocol, or all of it, outside the application server.")
public final class Lab {

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The command line with its error handling; tests execute it directly. */
  public static CommandLine commandLine() {
    return new CommandLine(new Lab()).setExecutionExceptionHandler(new Failure());
  }

  @Command(name = "teacher", mixinStandardHelpOptions = true,
      description = "Trains the teacher on the six basic classes (resumes from its checkpoint).")
  int teacher(@Mixin CommonOptions common,
      @Option(names = "--pretrained", description = "a backbone artifact folder (lab pretrain --out) to start from")
          Path pretrained) {
    common.validate();
    LabRun run = LabRun.start(common.spec, common, "grow");
    TeacherPhase.run(run, pretrained);
    run.finish();
    return 0;
  }

  @Command(name = "continual", mixinStandardHelpOptions = true,
      description = "Distill, then learn the compound classes one increment at a time, per method and class order.")
  int continual(@Mixin CommonOptions common, @Mixin ContinualOptions continual) {
    common.validate();
    continual.validate();
    LabRun run = LabRun.start(common.spec, common, continual.memory);
    ContinualPhase.run(run, continual);
    run.finish();
    return 0;
  }

  @Command(name = "fewshot", mixinStandardHelpOptions = true,
      description = "Learns compound classes from 1, 3 or 5 images each, from the saved teacher.")
  int fewshot(@Mixin CommonOptions common, @Mixin FewShotOptions fewShot) {
    common.validate();
    fewShot.validate();
    LabRun run = LabRun.start(common.spec, common, "grow");
    FewShotPhase.run(run, fewShot);
    run.finish();
    return 0;
  }

  @Command(name = "joint", mixinStandardHelpOptions = true,
      description = "Trains all 21 non-neutral classes at once: the upper bound of continual learning.")
  int joint(@Mixin CommonOptions common) {
    common.validate();
    LabRun run = LabRun.start(common.spec, common, "grow");
    JointPhase.run(run);
    run.finish();
    return 0;
  }

  @Command(name = "gradcam", mixinStandardHelpOptions = true,
      description = "Grad-CAM overlays of a saved model on test images, and the compound-to-component overlap.")
  int gradcam(@Mixin CommonOptions common,
      @Option(names = "--model", description = "a saved model folder (default: <out>/teacher)") Path model,
      @Option(names = "--images", defaultValue = "4", description = "overlays per class (default: ${DEFAULT-VALUE})")
          int images) {
    CommandSpec command = common.spec;
    common.validate();
    CommonOptions.require(command, images >= 0, "--images", images, "at least 0");
    LabRun run = LabRun.start(command, common, "grow");
    GradCamPhase.run(run, model != null ? model : TeacherPhase.requireTeacher(common.out), images);
    run.finish();
    return 0;
  }

  @Command(name = "all", mixinStandardHelpOptions = true,
      description = "The protocol: teacher, distill and continual over --orders class orders, few-shot, summary.")
  int all(@Mixin CommonOptions common, @Mixin ContinualOptions continual, @Mixin FewShotOptions fewShot,
      @Option(names = "--pretrained", description = "a backbone artifact folder (lab pretrain --out) for the teacher")
          Path pretrained) {
    common.validate();
    continual.validate();
    fewShot.validate();
    LabRun run = LabRun.start(common.spec, common, continual.memory);
    TeacherPhase.run(run, pretrained);
    ContinualPhase.run(run, continual);
    FewShotPhase.run(run, fewShot);
    run.finish();
    return 0;
  }

  /** A failed run prints one line (and a hint when libtorch could not load), not a stack trace; exit code 1. */
  static final class Failure implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine command, ParseResult parsed) {
      command.getErr().println("lab " + command.getCommandName() + ": " + e.getMessage());
      if (causedByNatives(e)) {
        command.getErr().println("The PyTorch native library did not load. Either run the jar built with "
            + "-Dlab.native=cpu, or set PYTORCH_LIBRARY_PATH to a libtorch 2.7.1 lib folder and PYTORCH_VERSION=2.7.1.");
      }
      if (Boolean.getBoolean("lab.stacktrace")) {
        e.printStackTrace(command.getErr());
      } else {
        command.getErr().println("(-Dlab.stacktrace=true prints the stack trace)");
      }
      command.getErr().flush();
      return 1;
    }

    private static boolean causedByNatives(Throwable e) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof EngineException || t instanceof UnsatisfiedLinkError) {
          return true;
        }
      }
      return false;
    }
  }
}
