package dev.compoundfer.core.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class LabCommandLineTest {

  private static final int USAGE = 2;

  @TempDir Path out;

  /** What one execution printed and returned. */
  record Outcome(int code, String out, String err) {}

  static Outcome execute(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine lab = Lab.commandLine();
    lab.setOut(new PrintWriter(out));
    lab.setErr(new PrintWriter(err));
    int code = lab.execute(args);
    return new Outcome(code, out.toString(), err.toString());
  }

  @Test
  void rejectsAShotCountOtherThanOneThreeOrFive() {
    Outcome outcome = execute("fewshot", "--out", out.toString(), "--shots", "1,2");

    assertEquals(USAGE, outcome.code());
    assertTrue(outcome.err().contains("Invalid value for option '--shots': 2 (must be 1, 3 or 5)"), outcome.err());
  }

  @Test
  void refusesAnUnknownFewShotMethodNamingTheChoices() {
    Outcome outcome = execute("fewshot", "--out", out.toString(), "--fewshot-method", "memory");

    assertEquals(USAGE, outcome.code());
    assertTrue(outcome.err().contains("Invalid value for option '--fewshot-method': memory (must be reference or replay)"),
        outcome.err());
  }

  @Test
  void rejectsAShotCountThatIsNoNumber() {
    Outcome outcome = execute("all", "--out", out.toString(), "--shots", "one");

    assertEquals(USAGE, outcome.code());
    assertTrue(outcome.err().contains("--shots"), outcome.err());
  }

  @Test
  void rejectsADatasetKindNoReaderKnows() {
    Outcome outcome = execute("teacher", "--out", out.toString(), "--dataset", "zip:faces.zip");

    assertEquals(USAGE, outcome.code());
    assertTrue(outcome.err().contains("--dataset"), outcome.err());
    assertTrue(outcome.err().contains("manifest:<csv>, folders:<dir> or cfee:<dir>"), outcome.err());
  }

  @Test
  void rejectsADatasetPathThatDoesNotExist() {
    Path missing = out.resolve("nowhere.csv");

    Outcome outcome = execute("teacher", "--out", out.toString(), "--dataset", "manifest:" + missing);

    assertEquals(USAGE, outcome.code());
    assertTrue(outcome.err().contains("Invalid value for option '--dataset': " + missing + " does not exist"),
        outcome.err());
  }

  @Test
  void rejectsAnUnknownBackboneNamingTheKnownOnes() {
    Outcome outcome = execute("joint", "--out", out.toString(), "--backbone", "vgg16");

    assertEquals(USAGE, outcome.code());
    assertTrue(outcome.err().contains("Invalid value for option '--backbone': vgg16 (must be one of [small,"),
        outcome.err());
  }

  @Test
  void rejectsAMethodContinualMethodDoesNotOffer() {
    Outcome outcome = execute("continual", "--out", out.toString(), "--method", "kd_psmr,ewc");

    assertEquals(USAGE, outcome.code());
    assertTrue(outcome.err().contains("Invalid value for option '--method': ewc"), outcome.err());
  }

  @Test
  void rejectsOutOfRangeNumbersNamingTheOption() {
    assertTrue(execute("all", "--out", out.toString(), "--orders", "0").err().contains("'--orders': 0"));
    assertTrue(execute("teacher", "--out", out.toString(), "--image-size", "8").err().contains("'--image-size': 8"));
    assertTrue(execute("teacher", "--out", out.toString(), "--epochs", "0").err().contains("'--epochs': 0"));
    assertTrue(execute("continual", "--out", out.toString(), "--increments", "16").err()
        .contains("'--increments': 16"));
    assertTrue(execute("continual", "--out", out.toString(), "--memory", "shrink").err()
        .contains("'--memory': shrink (must be grow or limit)"));
    assertTrue(execute("teacher", "--out", out.toString(), "--device", "tpu").err()
        .contains("'--device': tpu (must be cpu, gpu or auto)"));
  }

  @Test
  void requiresAnOutputFolder() {
    Outcome outcome = execute("teacher");

    assertEquals(USAGE, outcome.code());
    assertTrue(outcome.err().contains("Missing required option: '--out=<out>'"), outcome.err());
  }

  @Test
  void refusesAFileAsOutputFolder() throws Exception {
    Path file = Files.writeString(out.resolve("results.txt"), "");

    Outcome outcome = execute("teacher", "--out", file.toString());

    assertEquals(USAGE, outcome.code());
    assertTrue(outcome.err().contains("'--out'"), outcome.err());
  }

  @Test
  void requiresAPhase() {
    Outcome outcome = execute();

    assertEquals(USAGE, outcome.code());
    assertTrue(outcome.err().contains("Missing required subcommand"), outcome.err());
  }

  @Test
  void refusesTheGpuWhenTheEngineSeesNone() {
    Outcome outcome = execute("teacher", "--out", out.toString(), "--device", "gpu");

    // This machine has no GPU; on one that has, the run would go on, so only the CPU case is checked.
    if (ai.djl.engine.Engine.getInstance().getGpuCount() == 0) {
      assertEquals(USAGE, outcome.code());
      assertTrue(outcome.err().contains("Invalid value for option '--device': gpu, but PyTorch"), outcome.err());
      assertFalse(Files.exists(out.resolve(ResultsFile.NAME)));
    }
  }

  @Test
  void listsEveryPhaseInItsHelp() {
    Outcome outcome = execute("--help");

    assertEquals(0, outcome.code());
    for (String phase : new String[] {"teacher", "continual", "fewshot", "gradcam", "joint", "all"}) {
      assertTrue(outcome.out().contains(phase), phase + " missing from:\n" + outcome.out());
    }
  }

  @Test
  void continualWithoutATeacherSaysWhatToRunFirst() {
    Outcome outcome = execute("continual", "--out", out.toString(), "--subjects", "5", "--image-size", "16",
        "--device", "cpu");

    assertEquals(1, outcome.code());
    assertTrue(outcome.err().contains("No teacher in " + out.resolve("teacher")), outcome.err());
    assertTrue(outcome.err().contains("run the teacher phase with --out " + out), outcome.err());
  }
}
