package dev.compoundfer.it.bench;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import dev.compoundfer.ejb.inference.RemoteExpressionRecognizer;
import dev.compoundfer.it.Api;
import dev.compoundfer.it.Api.Answer;
import dev.compoundfer.it.remote.RemoteRecognitionClient;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import javax.imageio.ImageIO;
import javax.naming.InitialContext;

/**
 * The inference benchmark (a program, not a test): throughput and p50/p99 latency with 1, 8 and 64 concurrent
 * callers for the bare DJL predictor and the local EJB view (both measured inside the server by
 * {@code /api/v1/benchmarks/inference}), the remote EJB view (this JVM, over IIOP) and REST (this JVM, over HTTP),
 * with micro-batching off and on; then the server's memory over a long 64-caller REST run. Needs a running server
 * with an active model; run it from Payara's {@code glassfish/lib} with {@code gf-client.jar} on the class path,
 * see scripts/bench-inference.sh. Arguments: seconds per cell, soak seconds, output JSON file.
 */
public final class InferenceBenchmarkProgram {
  private static final int[] CALLERS = {1, 8, 64};
  private static final Api API = new Api();

  /** One measured cell. */
  record Cell(String path, String batching, int callers, long requests, long errors, double throughput,
      double p50Millis, double p99Millis, double meanMillis) {}

  private InferenceBenchmarkProgram() {}

  public static void main(String[] args) throws Exception {
    int seconds = Integer.parseInt(args[0]);
    int soakSeconds = Integer.parseInt(args[1]);
    Path out = Path.of(args[2]);
    byte[] image = face();
    String remoteUser = System.getProperty("fer.bench.remote-user");
    if (remoteUser != null) {
      RemoteRecognitionClient.login(remoteUser, System.getProperty("fer.bench.remote-password"));
    }
    List<Cell> cells = new ArrayList<>();
    System.out.printf(Locale.ROOT, "%-6s %-8s %7s %9s %7s %10s %9s %9s %9s%n", "path", "batching", "callers",
        "requests", "errors", "req/s", "p50 ms", "p99 ms", "mean ms");
    for (String batching : List.of("off", "on")) {
      Answer set = API.postJson("api/v1/benchmarks/inference/batching?maxBatch=" + (batching.equals("on") ? 16 : 1)
          + "&maxWaitMs=2", "");
      check(set);
      for (int callers : CALLERS) {
        for (String path : List.of("bare", "local", "remote", "rest")) {
          Cell cell;
          try {
            cell = switch (path) {
              case "bare", "local" -> inServer(path, batching, callers, seconds, image);
              case "remote" -> measure(path, batching, callers, seconds, remoteCaller(image));
              default -> measure(path, batching, callers, seconds, () -> () -> check(
                  API.postBytes("api/v1/recognitions", "image/png", image)));
            };
          } catch (Exception e) {
            // One broken path must not cost the other cells: record it as failed and go on.
            System.out.println(path + " " + batching + " " + callers + " failed: " + e);
            cell = new Cell(path, batching, callers, 0, -1, 0, 0, 0, 0);
          }
          cells.add(cell);
          System.out.printf(Locale.ROOT, "%-6s %-8s %7d %9d %7d %10.1f %9.2f %9.2f %9.2f%n", cell.path(),
              cell.batching(), cell.callers(), cell.requests(), cell.errors(), cell.throughput(), cell.p50Millis(),
              cell.p99Millis(), cell.meanMillis());
        }
      }
    }
    Map<String, Object> soak = soak(soakSeconds, image);
    Cell bare = find(cells, "bare", "off", 1);
    Cell local = find(cells, "local", "off", 1);
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("local_ejb_overhead", (local.p50Millis() - bare.p50Millis()) / bare.p50Millis());
    result.put("local_ejb_overhead_mean", (local.meanMillis() - bare.meanMillis()) / bare.meanMillis());
    result.put("seconds_per_cell", seconds);
    result.put("cells", cells);
    result.put("soak", soak);
    Gson gson = new GsonBuilder().setPrettyPrinting().create();
    Files.createDirectories(out.toAbsolutePath().getParent());
    Files.writeString(out, gson.toJson(result) + "\n");
    System.out.println(gson.toJson(Map.of("local_ejb_overhead", result.get("local_ejb_overhead"), "soak", soak)));
    System.exit(0); // the ORB's threads would keep the JVM alive
  }

  private interface CallerFactory {
    Runnable newCaller() throws Exception;
  }

  private static Cell inServer(String path, String batching, int callers, int seconds, byte[] image) {
    Answer answer = API.postBytes("api/v1/benchmarks/inference?path=" + path + "&callers=" + callers + "&seconds="
        + seconds, "image/png", image);
    check(answer);
    JsonObject f = answer.object();
    return new Cell(path, batching, callers, f.get("requests").getAsLong(), f.get("errors").getAsLong(),
        f.get("throughput").getAsDouble(), f.get("p50Millis").getAsDouble(), f.get("p99Millis").getAsDouble(),
        f.get("meanMillis").getAsDouble());
  }

  private static CallerFactory remoteCaller(byte[] image) {
    return () -> {
      Properties environment = new Properties();
      environment.setProperty("org.omg.CORBA.ORBInitialHost", "localhost");
      environment.setProperty("org.omg.CORBA.ORBInitialPort", "3700");
      RemoteExpressionRecognizer recognizer =
          (RemoteExpressionRecognizer) new InitialContext(environment).lookup(RemoteRecognitionClient.NAME);
      return () -> recognizer.recognize(image);
    };
  }

  private static Cell measure(String path, String batching, int callers, int seconds, CallerFactory factory)
      throws Exception {
    List<Runnable> calls = new ArrayList<>();
    for (int c = 0; c < callers; c++) {
      calls.add(factory.newCaller());
    }
    calls.get(0).run(); // warm the connection
    long started = System.nanoTime();
    long end = started + seconds * 1_000_000_000L;
    AtomicLong errors = new AtomicLong();
    long[][] latencies = new long[callers][];
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < callers; c++) {
      int caller = c;
      Thread thread = new Thread(() -> latencies[caller] = loop(calls.get(caller), end, errors));
      thread.start();
      threads.add(thread);
    }
    for (Thread thread : threads) {
      thread.join();
    }
    double elapsed = (System.nanoTime() - started) / 1e9;
    long[] all = Arrays.stream(latencies).flatMapToLong(Arrays::stream).sorted().toArray();
    double mean = Arrays.stream(all).average().orElse(0) / 1e6;
    return new Cell(path, batching, callers, all.length, errors.get(), all.length / elapsed, percentile(all, 0.5),
        percentile(all, 0.99), mean);
  }

  private static long[] loop(Runnable call, long end, AtomicLong errors) {
    long[] nanos = new long[1024];
    int n = 0;
    while (System.nanoTime() < end) {
      long start = System.nanoTime();
      try {
        call.run();
      } catch (RuntimeException e) {
        errors.incrementAndGet();
        continue;
      }
      if (n == nanos.length) {
        nanos = Arrays.copyOf(nanos, 2 * n);
      }
      nanos[n++] = System.nanoTime() - start;
    }
    return Arrays.copyOf(nanos, n);
  }

  /**
   * 64 REST callers for a long run with batching on; the server's memory sampled every 10 s, each sample after a full
   * collection (so the heap figure is live data, not wherever the collector happened to be).
   */
  private static Map<String, Object> soak(int seconds, byte[] image) throws Exception {
    check(API.postJson("api/v1/benchmarks/inference/batching?maxBatch=16&maxWaitMs=2", ""));
    List<JsonObject> samples = new java.util.concurrent.CopyOnWriteArrayList<>();
    Thread sampler = new Thread(() -> {
      try {
        while (!Thread.currentThread().isInterrupted()) {
          samples.add(API.get("api/v1/benchmarks/inference/memory?gc=true").object());
          Thread.sleep(10_000);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    sampler.start();
    Cell cell = measure("rest", "on", 64, seconds, () -> () -> check(
        API.postBytes("api/v1/recognitions", "image/png", image)));
    sampler.interrupt();
    sampler.join();
    Map<String, Object> soak = new LinkedHashMap<>();
    soak.put("seconds", seconds);
    soak.put("callers", 64);
    soak.put("requests", cell.requests());
    soak.put("errors", cell.errors());
    soak.put("throughput", cell.throughput());
    for (String kind : List.of("rssBytes", "nativeBytes", "heapAfterGcBytes", "heapCommittedBytes")) {
      List<Long> megabytes = samples.stream().map(m -> m.get(kind).getAsLong() / (1024 * 1024)).toList();
      soak.put(kind.replace("Bytes", "") + "_mb_samples", megabytes);
      // Growth over the second half: the first half includes warm-up (heap sizing, libtorch's allocator caches).
      soak.put(kind.replace("Bytes", "") + "_mb_growth_second_half",
          megabytes.isEmpty() ? 0 : megabytes.get(megabytes.size() - 1) - megabytes.get(megabytes.size() / 2));
    }
    return soak;
  }

  private static double percentile(long[] sorted, double q) {
    return sorted.length == 0 ? 0 : sorted[(int) Math.round(q * (sorted.length - 1))] / 1e6;
  }

  private static Cell find(List<Cell> cells, String path, String batching, int callers) {
    return cells.stream().filter(c -> c.path().equals(path) && c.batching().equals(batching)
        && c.callers() == callers).findFirst().orElseThrow();
  }

  private static void check(Answer answer) {
    if (answer.status() != 200) {
      throw new IllegalStateException(answer.status() + " " + answer.body());
    }
  }

  /** A 32-pixel drawn face: small enough to count as a crop, so no face detector runs. */
  private static byte[] face() throws Exception {
    BufferedImage image = new BufferedImage(32, 32, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(new Color(210, 170, 140));
    g.fillOval(4, 2, 24, 28);
    g.setColor(Color.DARK_GRAY);
    g.fillOval(10, 11, 3, 2);
    g.fillOval(19, 11, 3, 2);
    g.drawArc(11, 19, 10, 5, 180, 180);
    g.dispose();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ImageIO.write(image, "png", bytes);
    return bytes.toByteArray();
  }
}
