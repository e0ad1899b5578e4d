package dev.compoundfer.core.data.synthetic;

import dev.compoundfer.core.data.Expression;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * Measures single-threaded rendering speed of 64 x 64 grey synthetic faces at difficulty 1.0 (pose, light, blur and
 * noise all drawn, the dearer case; the dataset's default is studio capture):
 * {@code RenderBenchmark [images=3000]}. Prints images per CPU-second of the rendering thread (the per-core
 * speed) and per wall-clock second.
 */
public final class RenderBenchmark {
  private static final int WARM_UP = 500;

  private RenderBenchmark() {}

  public static void main(String[] args) {
    int images = args.length > 0 ? Integer.parseInt(args[0]) : 3000;
    SyntheticFaces faces = new SyntheticFaces(SyntheticConfig.defaults().withDifficulty(1.0));
    // Warm-up lets the JIT compile the painters before timing.
    long checksum = render(faces, WARM_UP, 0);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long start = System.nanoTime();
    long cpuStart = threads.getCurrentThreadCpuTime();
    checksum += render(faces, images, WARM_UP);
    double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
    double seconds = (System.nanoTime() - start) / 1e9;
    // CPU time is the per-core figure; wall time also counts waiting when other processes share the cores.
    System.out.printf(Locale.ROOT, "Rendered %d images of 64x64 grey on one thread: %.0f images/s per CPU-second"
        + " (%.2f s CPU), %.0f images/s wall-clock (%.2f s) [checksum %d]%n",
        images, images / cpuSeconds, cpuSeconds, images / seconds, seconds, checksum);
  }

  // The checksum keeps the JIT from discarding renders whose pixels nobody reads.
  private static long render(SyntheticFaces faces, int images, int offset) {
    Expression[] classes = Expression.values();
    int subjects = faces.config().subjects();
    long checksum = 0;
    for (int i = offset; i < offset + images; i++) {
      checksum += faces.render(1 + (i / classes.length) % subjects, classes[i % classes.length]).getRGB(32, 32);
    }
    return checksum;
  }
}
