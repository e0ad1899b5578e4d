package dev.compoundfer.core.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.compoundfer.core.teacher.TeacherTraining;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabTeacherTest {

  @TempDir Path out;

  @Test
  void trainsTheTeacherOnATinySyntheticDatasetAndLeavesResultsAndCheckpoint() throws Exception {
    // Given five synthetic subjects: seeded 5-fold by subject gives 3 training, 1 validation and 1 test subject.

    LabCommandLineTest.Outcome outcome = LabCommandLineTest.execute("teacher", "--out", out.toString(),
        "--subjects", "5", "--image-size", "16", "--epochs", "1", "--device", "cpu", "--seed", "7");

    assertEquals(0, outcome.code(), outcome.err());
    assertTrue(Files.isRegularFile(TeacherTraining.checkpointFile(out)), "no teacher checkpoint");
    assertTrue(Files.isRegularFile(TeacherTraining.modelDir(out).resolve("model.json")), "no teacher model");
    JsonObject results = JsonParser.parseString(Files.readString(out.resolve("results.json"))).getAsJsonObject();
    JsonObject teacher = results.getAsJsonObject("teacher");
    assertEquals(1, teacher.get("epochs").getAsInt());
    double accuracy = teacher.get("test_accuracy").getAsDouble();
    assertTrue(accuracy >= 0 && accuracy <= 1, "accuracy " + accuracy);
    assertEquals(6, teacher.getAsJsonObject("per_class_accuracy").size());
    JsonObject dataset = results.getAsJsonObject("dataset");
    assertEquals(3 * 6 + 3 * 15, dataset.get("train_images").getAsInt(), "3 subjects x 21 non-neutral classes");
    assertEquals("synthetic", results.getAsJsonObject("config").get("dataset").getAsString());
    assertTrue(outcome.out().contains("teacher epoch 1:"), outcome.out());
    assertTrue(outcome.out().contains("test accuracy, 6 basic classes"), outcome.out());
  }
}
