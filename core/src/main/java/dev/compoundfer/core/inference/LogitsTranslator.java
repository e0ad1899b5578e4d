package dev.compoundfer.core.inference;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.translate.NoBatchifyTranslator;
import ai.djl.translate.TranslatorContext;
import dev.compoundfer.core.training.Batches;
import java.util.List;

/**
 * A batch of CHW images {@code (channels * size * size)} floats in, logits {@code [image][class]} out. The input
 * array lives in the predictor's per-call manager, which DJL closes after the call.
 */
final class LogitsTranslator implements NoBatchifyTranslator<List<float[]>, float[][]> {
  private final int channels;
  private final int size;

  LogitsTranslator(int channels, int size) {
    this.channels = channels;
    this.size = size;
  }

  @Override
  public NDList processInput(TranslatorContext ctx, List<float[]> images) {
    float[] stacked = Batches.stack(images, channels * size * size);
    return new NDList(ctx.getNDManager().create(stacked, new Shape(images.size(), channels, size, size)));
  }

  @Override
  public float[][] processOutput(TranslatorContext ctx, NDList list) {
    NDArray logits = list.singletonOrThrow();
    int n = (int) logits.getShape().get(0);
    int classes = (int) logits.getShape().get(1);
    float[] flat = logits.toFloatArray();
    float[][] out = new float[n][classes];
    for (int i = 0; i < n; i++) {
      System.arraycopy(flat, i * classes, out[i], 0, classes);
    }
    return out;
  }
}
