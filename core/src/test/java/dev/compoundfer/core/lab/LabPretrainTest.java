package dev.compoundfer.core.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.compoundfer.core.pretrain.BackboneArtifact;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabPretrainTest {

  @TempDir Path dir;

  @Test
  void pretrainsOnSyntheticFacesAndTheTeacherStartsFromTheArtifact() throws Exception {
    Path artifact = dir.resolve("backbone");

    LabCommandLineTest.Outcome pretrain = LabCommandLineTest.execute("pretrain", "--method", "simclr",
        "--subjects", "3", "--image-size", "16", "--epochs", "1", "--device", "cpu", "--out", artifact.toString());

    assertEquals(0, pretrain.code(), pretrain.err());
    assertTrue(pretrain.out().contains("pretrain simclr on synthetic(subjects=3, seed=7"), pretrain.out());
    JsonObject description =
        JsonParser.parseString(Files.readString(artifact.resolve(BackboneArtifact.DESCRIPTION))).getAsJsonObject();
    assertEquals("simclr", description.getAsJsonObject("provenance").get("method").getAsString());
    assertEquals(3 * 22, description.getAsJsonObject("provenance").get("images").getAsInt());

    Path out = dir.resolve("run");
    LabCommandLineTest.Outcome teacher = LabCommandLineTest.execute("teacher", "--out", out.toString(),
        "--subjects", "5", "--image-size", "16", "--epochs", "1", "--device", "cpu", "--pretrained",
        artifact.toString());

    assertEquals(0, teacher.code(), teacher.err());
    JsonObject results = JsonParser.parseString(Files.readString(out.resolve("results.json"))).getAsJsonObject();
    assertEquals(description.get("sha256").getAsString(),
        results.getAsJsonObject("teacher").get("pretrained_sha256").getAsString());
  }

  @Test
  void refusesAnUnknownMethodNamingTheOption() {
    LabCommandLineTest.Outcome outcome =
        LabCommandLineTest.execute("pretrain", "--method", "byol", "--out", dir.toString());

    assertEquals(2, outcome.code());
    assertTrue(outcome.err().contains("Invalid value for option '--method': byol (must be simclr, supervised or au)"),
        outcome.err());
  }

  @Test
  void refusesActionUnitPretrainingOnAFolder() throws Exception {
    Files.createDirectories(dir.resolve("faces"));

    LabCommandLineTest.Outcome outcome = LabCommandLineTest.execute("pretrain", "--method", "au", "--dataset",
        dir.resolve("faces").toString(), "--out", dir.resolve("a").toString());

    assertEquals(1, outcome.code());
    assertTrue(outcome.err().contains("needs the synthetic faces' intensities"), outcome.err());
  }

  @Test
  void aTeacherRefusesAnArtifactOfAnotherImageSize() throws Exception {
    Path artifact = dir.resolve("b");
    assertEquals(0, LabCommandLineTest.execute("pretrain", "--method", "au", "--subjects", "3", "--image-size", "16",
        "--epochs", "1", "--device", "cpu", "--out", artifact.toString()).code());

    LabCommandLineTest.Outcome teacher = LabCommandLineTest.execute("teacher", "--out", dir.resolve("r").toString(),
        "--subjects", "5", "--image-size", "24", "--epochs", "1", "--device", "cpu", "--pretrained",
        artifact.toString());

    assertEquals(1, teacher.code());
    assertTrue(teacher.err().contains("image size 16, the network 24"), teacher.err());
  }
}
