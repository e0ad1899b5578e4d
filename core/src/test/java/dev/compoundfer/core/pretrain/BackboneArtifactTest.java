package dev.compoundfer.core.pretrain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.compoundfer.core.data.Expression;
import dev.compoundfer.core.data.image.ImagePixels;
import dev.compoundfer.core.data.synthetic.SyntheticConfig;
import dev.compoundfer.core.data.synthetic.SyntheticFaces;
import dev.compoundfer.core.network.ExpressionNetwork;
import dev.compoundfer.core.network.FeatureStages;
import dev.compoundfer.core.teacher.TeacherTraining;
import dev.compoundfer.core.training.Example;
import dev.compoundfer.core.training.NetworkSession;
import dev.compoundfer.core.training.TrainingConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackboneArtifactTest {

  private static final int SIZE = 16;

  @TempDir static Path dir;

  private static SyntheticFaces faces;
  private static BackboneArtifact artifact;

  @BeforeAll
  static void pretrainOnActionUnits() {
    faces = new SyntheticFaces(new SyntheticConfig(4, SIZE, false, 11, 1.0, SyntheticConfig.DEFAULT_FRAMING));
    ActionUnitTask task = ActionUnitTask.rendered(faces, List.of(Expression.HAPPY, Expression.SURPRISED));
    PretrainConfig config = new PretrainConfig("small", SIZE, 1, 4, 2, 1e-3, 3L, "cpu");
    List<Integer> epochs = new ArrayList<>();
    PretrainResult result = BackbonePretraining.train(config, task, epochs::add);
    artifact =
        BackboneArtifact.write(
            dir.resolve("au"), result.parameters(), Provenance.of(config, task, "synthetic(4 subjects)", result));
    assertEquals(List.of(1, 2), epochs, "one call per epoch");
  }

  @Test
  void readsBackWhatWasWrittenWithItsProvenance() {
    BackboneArtifact read = BackboneArtifact.read(dir.resolve("au").resolve(BackboneArtifact.DESCRIPTION));

    assertEquals(artifact.sha256(), read.sha256());
    assertEquals("au", read.provenance().method());
    assertEquals(8, read.provenance().images(), "4 subjects x 2 classes");
    assertEquals(2, read.provenance().epochLosses().size());
    assertEquals(64, read.sha256().length());
  }

  @Test
  void refusesAParameterFileThatNoLongerMatchesItsChecksum() throws IOException {
    Path copy = dir.resolve("tampered");
    Files.createDirectories(copy);
    Files.copy(artifact.dir().resolve(BackboneArtifact.DESCRIPTION), copy.resolve(BackboneArtifact.DESCRIPTION));
    byte[] bytes = Files.readAllBytes(artifact.parameters());
    bytes[bytes.length - 1] ^= 1;
    Files.write(copy.resolve(BackboneArtifact.PARAMETERS), bytes);

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BackboneArtifact.read(copy));

    assertTrue(e.getMessage().startsWith("Checksum mismatch in " + copy.resolve(BackboneArtifact.PARAMETERS)),
        e.getMessage());
  }

  @Test
  void givesEveryNetworkTheSamePretrainedStagesAndAFreshHead() {
    try (NetworkSession a = session(1L);
        NetworkSession b = session(2L)) {
      artifact.loadInto(a.network(), "small", SIZE, 1);
      artifact.loadInto(b.network(), "small", SIZE, 1);

      assertArrayEquals(weights(a, "conv5"), weights(b, "conv5"), "pretrained stage");
      assertTrue(!java.util.Arrays.equals(weights(a, "head"), weights(b, "head")), "head stays fresh");
    }
  }

  @Test
  void refusesANetworkOfAnotherBackboneOrImageSizeNamingBoth() {
    try (NetworkSession a = session(1L)) {
      IllegalArgumentException backbone =
          assertThrows(IllegalArgumentException.class, () -> artifact.loadInto(a.network(), "small-flat", SIZE, 1));
      IllegalArgumentException size =
          assertThrows(IllegalArgumentException.class, () -> artifact.loadInto(a.network(), "small", 24, 1));

      assertTrue(backbone.getMessage().contains("backbone small, the network small-flat"), backbone.getMessage());
      assertTrue(size.getMessage().contains("image size 16, the network 24"), size.getMessage());
    }
  }

  @Test
  void aTeacherStartsFromThePretrainedBackboneAndTrains() {
    List<Example> train = examples(1, 3);
    List<Example> validation = examples(4, 4);
    TrainingConfig config = new TrainingConfig("small", SIZE, 1, 8, 1, 1, 0, 1e-3, 1, 1e-4, 0.1, 3, "grow", 0.3, 5L,
        "cpu");

    try (TeacherTraining teacher = TeacherTraining.open(config, train, validation, dir.resolve("t"), artifact)) {
      teacher.runEpoch();

      assertEquals(1, teacher.epochsDone());
    }
    TrainingConfig bigger = new TrainingConfig("small", 24, 1, 8, 1, 1, 0, 1e-3, 1, 1e-4, 0.1, 3, "grow", 0.3, 5L,
        "cpu");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> TeacherTraining.open(bigger, examples(1, 3, 24), examples(4, 4, 24), dir.resolve("t24"), artifact)
            .close());
    assertTrue(e.getMessage().contains("image size 16, the network 24"), e.getMessage());
  }

  private static List<Example> examples(int first, int last) {
    return examples(first, last, SIZE);
  }

  private static List<Example> examples(int first, int last, int size) {
    List<Example> out = new ArrayList<>();
    for (int s = first; s <= last; s++) {
      for (Expression e : Expression.basic()) {
        out.add(new Example("s" + s + e, e, "s" + s, ImagePixels.toChw(faces.render(s, e), size, 1)));
      }
    }
    return out;
  }

  private static NetworkSession session(long seed) {
    return new NetworkSession("t", ExpressionNetwork.create("small", 6, seed), 1, SIZE, "cpu");
  }

  private static float[] weights(NetworkSession session, String stage) {
    FeatureStages stages = (FeatureStages) session.network().features();
    return stages.stage(stage).getParameters().valueAt(0).getArray().toFloatArray();
  }
}
