package dev.compoundfer.core.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import dev.compoundfer.core.training.CrossEntropy;
import dev.compoundfer.core.training.NetworkSession;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PretrainedBackboneTest {

  private static final int SIZE = 32;

  @TempDir Path dir;

  @Test
  void loadsTheBackboneIntoAFreshNetworkAndLeavesTheHeadFresh() throws IOException {
    Path file = dir.resolve("teacher.params");
    try (NetworkSession source = session("resnet18", 1, 1L);
        NetworkSession target = session("resnet18", 1, 2L)) {
      Files.write(file, source.parameters());
      byte[] headBefore = bytesOf(stages(target).stage("head"));

      PretrainedBackbone.loadParameters(file, "resnet18", target.network());

      assertArrayEquals(lastStage(source), lastStage(target), "conv5 output identical");
      assertArrayEquals(headBefore, bytesOf(stages(target).stage("head")), "head stays fresh");
      target.startTraining(1e-3);
      target.trainStep(new float[2 * SIZE * SIZE], new int[] {0, 1}, new CrossEntropy());
    }
  }

  @Test
  void readsDjlModelFilesWithTheirHeader() throws IOException {
    try (NetworkSession source = session("resnet18v2", 1, 1L);
        NetworkSession target = session("resnet18v2", 1, 2L);
        ai.djl.Model model = ai.djl.Model.newInstance("teacher", Device.cpu())) {
      model.setBlock(source.network());
      model.save(dir, "teacher");

      PretrainedBackbone.loadParameters(dir.resolve("teacher-0000.params"), "resnet18v2", target.network());

      assertArrayEquals(lastStage(source), lastStage(target), "post output identical");
    }
  }

  @Test
  void anotherChannelCountNamesTheFileAndTheFirstMismatchingParameter() throws IOException {
    Path file = dir.resolve("colour.params");
    try (NetworkSession colour = session("resnet18", 3, 1L);
        NetworkSession grey = session("resnet18", 1, 1L)) {
      Files.write(file, colour.parameters());
      byte[] before = grey.parameters();

      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () -> PretrainedBackbone.loadParameters(file, "resnet18", grey.network()));

      assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
      assertTrue(e.getMessage().contains("'stem/"), e.getMessage());
      assertTrue(e.getMessage().contains("(64, 3, 7, 7)"), e.getMessage());
      assertArrayEquals(before, grey.parameters(), "network unchanged");
    }
  }

  @Test
  void anotherBackboneOrNoFileIsRejectedNamingTheFile() throws IOException {
    Path file = dir.resolve("small.params");
    try (NetworkSession small = session("small", 1, 1L);
        NetworkSession resnet = session("resnet18", 1, 1L)) {
      Files.write(file, small.parameters());

      IllegalArgumentException wrong =
          assertThrows(
              IllegalArgumentException.class,
              () -> PretrainedBackbone.loadParameters(file, "resnet18", resnet.network()));
      IllegalArgumentException missing =
          assertThrows(
              IllegalArgumentException.class,
              () -> PretrainedBackbone.loadParameters(dir.resolve("none"), "resnet18", resnet.network()));

      assertTrue(wrong.getMessage().startsWith(file + " does not hold"), wrong.getMessage());
      assertTrue(missing.getMessage().contains("none"), missing.getMessage());
    }
  }

  @Test
  void aTorchScriptModuleFeedsTheReferenceHeadAndStaysFixed() throws IOException {
    Path file = dir.resolve("features.pt");
    TorchScriptArchive.write(file, "torch.mul(torch.relu(x), 2.)");
    try (NDManager modules = NDManager.newBaseManager(Device.cpu(), "PyTorch")) {
      ExpressionNetwork network = PretrainedBackbone.torchScript(file, modules, 4, 1L);
      new Freezing(Freezing.Level.HEAD_ONLY, true).applyTo(network);
      try (NetworkSession session = new NetworkSession("ts", network, 3, SIZE, "cpu");
          NDManager scope = session.manager().newSubManager()) {
        NDArray x = scope.randomUniform(-1, 1, new Shape(1, 3, SIZE, SIZE));
        NDArray features =
            network.forwardWithLastStage(new ParameterStore(scope, false), x, UnaryOperator.identity(), false).get(0);
        byte[] headBefore = bytesOf(stages(session).stage("head"));

        session.startTraining(1e-2);
        session.trainStep(new float[2 * 3 * SIZE * SIZE], new int[] {0, 3}, new CrossEntropy());

        assertArrayEquals(x.maximum(0).mul(2).toFloatArray(), features.toFloatArray(), "2 relu(x)");
        assertEquals(4, session.logits(java.util.List.of(new float[3 * SIZE * SIZE]))[0].length);
        assertFalse(java.util.Arrays.equals(headBefore, bytesOf(stages(session).stage("head"))), "head trained");
      }
    }
  }

  @Test
  void aMissingOrCorruptTorchScriptFileIsRejectedNamingIt() throws IOException {
    Path corrupt = Files.write(dir.resolve("corrupt.pt"), new byte[] {1, 2, 3});
    try (NDManager modules = NDManager.newBaseManager(Device.cpu(), "PyTorch")) {
      IllegalArgumentException bad =
          assertThrows(
              IllegalArgumentException.class, () -> PretrainedBackbone.torchScript(corrupt, modules, 2, 1L));
      IllegalArgumentException missing =
          assertThrows(
              IllegalArgumentException.class,
              () -> PretrainedBackbone.torchScript(dir.resolve("none.pt"), modules, 2, 1L));

      assertTrue(bad.getMessage().startsWith(corrupt + " is not a TorchScript module"), bad.getMessage());
      assertTrue(missing.getMessage().contains("none.pt"), missing.getMessage());
    }
  }

  private static NetworkSession session(String backbone, int channels, long seed) {
    return new NetworkSession(backbone, ExpressionNetwork.create(backbone, 3, seed), channels, SIZE, "cpu");
  }

  private static FeatureStages stages(NetworkSession session) {
    return (FeatureStages) session.network().features();
  }

  /** The last 4-D stage's output for a fixed image, inference mode. */
  private static float[] lastStage(NetworkSession session) {
    try (NDManager scope = session.manager().newSubManager()) {
      float[] pixels = new float[session.channels() * SIZE * SIZE];
      for (int i = 0; i < pixels.length; i++) {
        pixels[i] = (i % 17) / 17f;
      }
      NDArray x = scope.create(pixels, new Shape(1, session.channels(), SIZE, SIZE));
      return session
          .network()
          .forwardWithLastStage(new ParameterStore(scope, false), x, UnaryOperator.identity(), false)
          .get(0)
          .toFloatArray();
    }
  }

  private static byte[] bytesOf(ai.djl.nn.Block block) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try (java.io.DataOutputStream data = new java.io.DataOutputStream(out)) {
      block.saveParameters(data);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
