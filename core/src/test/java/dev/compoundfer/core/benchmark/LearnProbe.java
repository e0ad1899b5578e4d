package dev.compoundfer.core.benchmark;

import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.Blocks;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.BatchNorm;
import ai.djl.nn.norm.Dropout;
import ai.djl.nn.pooling.Pool;
import dev.compoundfer.core.data.Expression;
import dev.compoundfer.core.data.synthetic.SyntheticConfig;
import dev.compoundfer.core.experiment.ExperimentData;
import dev.compoundfer.core.metrics.ClassAccuracy;
import dev.compoundfer.core.network.ClassifierBlock;
import dev.compoundfer.core.network.ExpressionNetwork;
import dev.compoundfer.core.training.Augmentation;
import dev.compoundfer.core.training.CrossEntropy;
import dev.compoundfer.core.training.Example;
import dev.compoundfer.core.training.NetworkSession;
import dev.compoundfer.core.training.TrainingConfig;
import dev.compoundfer.core.training.TrainingEpoch;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import javax.imageio.ImageIO;

/** Throw-away probe of what makes the small network underfit; settings via system properties. */
public final class LearnProbe {
  private LearnProbe() {}

  static String p(String k, String d) {
    return System.getProperty(k, d);
  }

  public static void main(String[] args) throws Exception {
    int subjects = Integer.parseInt(p("subjects", "120"));
    int size = Integer.parseInt(p("size", "32"));
    double difficulty = Double.parseDouble(p("difficulty", "1.0"));
    boolean basic = p("classes", "basic").equals("basic");
    int epochs = Integer.parseInt(p("epochs", "15"));
    double lr = Double.parseDouble(p("lr", "1e-3"));
    int batch = Integer.parseInt(p("batch", "32"));
    String head = p("head", "sigmoid");
    float drop = Float.parseFloat(p("dropout", "0.2"));
    String norm = p("norm", "none");
    boolean augment = Boolean.parseBoolean(p("augment", "true"));
    String[] w = p("widths", "16,32,64,128").split(",");
    String pool = p("pool", "max");
    String dump = p("dump", "");

    SyntheticConfig synthetic = SyntheticConfig.defaults().withSubjects(subjects).withImageSize(size)
        .withDifficulty(difficulty).withSeed(42);
    TrainingConfig d = TrainingConfig.defaults(size, 1);
    Path dir = Files.createTempDirectory("probe-");
    ExperimentData data = BenchmarkData.render(synthetic, d, dir);
    if (basic) {
      data = data.basicOnly();
    }
    List<Expression> classes = basic ? Expression.basic() : Expression.nonNeutral();
    if (!dump.isEmpty()) {
      Path out = Path.of(dump);
      Files.createDirectories(out);
      int sc = 192 / size;
      int cols = 6;
      int rows = 4;
      BufferedImage sheet = new BufferedImage(cols * size * sc, rows * size * sc, BufferedImage.TYPE_BYTE_GRAY);
      for (int i = 0; i < cols * rows; i++) {
        Example e = data.train().get((i % cols) + (i / cols) * (basic ? 6 : 21) * 3);
        System.out.println("sheet " + i + " " + e.subject() + " " + e.expression());
        for (int y = 0; y < size * sc; y++) {
          for (int x = 0; x < size * sc; x++) {
            int v = Math.round(e.pixels()[(y / sc) * size + x / sc] * 255);
            sheet.getRaster().setSample((i % cols) * size * sc + x, (i / cols) * size * sc + y, 0, v);
          }
        }
      }
      ImageIO.write(sheet, "png", out.resolve("sheet" + size + ".png").toFile());
    }
    List<Example> train = normalise(data.train(), norm);
    List<Example> val = normalise(data.validation(), norm);
    List<Example> test = normalise(data.test(), norm);

    SequentialBlock features = new SequentialBlock();
    for (int i = 0; i < w.length; i++) {
      features.add(new SequentialBlock()
          .add(Conv2d.builder().setKernelShape(new Shape(3, 3)).optPadding(new Shape(1, 1))
              .setFilters(Integer.parseInt(w[i])).build())
          .add(BatchNorm.builder().build())
          .add(Activation.reluBlock()));
      if (i < w.length - 1) {
        features.add(Pool.maxPool2dBlock(new Shape(2, 2), new Shape(2, 2)));
      }
    }
    if (pool.equals("avg")) {
      features.add(Pool.globalAvgPool2dBlock());
    } else if (pool.equals("max")) {
      features.add(Pool.globalMaxPool2dBlock());
    } else if (pool.equals("flatten2")) {
      features.add(Pool.maxPool2dBlock(new Shape(2, 2), new Shape(2, 2)));
    }
    features.add(Blocks.batchFlattenBlock());
    if (drop > 0) {
      features.add(Dropout.builder().optRate(drop).build());
    }
    features.add(Linear.builder().setUnits(512).build());
    features.add(act(head));
    if (drop > 0) {
      features.add(Dropout.builder().optRate(drop).build());
    }
    features.add(Linear.builder().setUnits(32).build());
    features.add(act(head));
    if (drop > 0) {
      features.add(Dropout.builder().optRate(drop).build());
    }
    // -Dbackbone=small|small-flat: the production network (Backbones) instead of the ad-hoc one above.
    String backbone = p("backbone", "");
    ExpressionNetwork net = backbone.isEmpty()
        ? new ExpressionNetwork(features, new ClassifierBlock(classes.size(), 42))
        : ExpressionNetwork.create(backbone, classes.size(), 42);
    System.out.printf(Locale.ROOT, "train %d val %d test %d, %s%n", train.size(), val.size(), test.size(),
        System.getProperties().entrySet().stream().filter(e -> List.of("subjects", "size", "difficulty", "classes",
            "epochs", "lr", "batch", "head", "dropout", "norm", "augment", "widths", "pool", "backbone").contains(e.getKey()))
            .map(Object::toString).toList());
    long begin = System.nanoTime();
    try (NetworkSession session = new NetworkSession("probe", net, 1, size, "cpu")) {
      session.startTraining(lr);
      double best = 0;
      double bestTest = 0;
      ClassAccuracy bestAcc = null;
      double maxSeconds = Double.parseDouble(p("maxSeconds", "1e9"));
      for (int epoch = 1; epoch <= epochs && (System.nanoTime() - begin) / 1e9 < maxSeconds; epoch++) {
        long seed = 42L * 1_000_003L + epoch;
        Augmentation aug = new Augmentation(1, size, seed);
        java.util.List<Example> order = new java.util.ArrayList<>(train);
        java.util.Collections.shuffle(order, new Random(seed));
        double lossSum = 0;
        int correct = 0;
        int batches = 0;
        for (int start = 0; start < order.size(); start += batch) {
          List<Example> b = order.subList(start, Math.min(order.size(), start + batch));
          float[] px = new float[b.size() * size * size];
          int[] labels = new int[b.size()];
          for (int i = 0; i < b.size(); i++) {
            float[] img = augment ? aug.apply(b.get(i).pixels()) : b.get(i).pixels();
            System.arraycopy(img, 0, px, i * size * size, size * size);
            labels[i] = classes.indexOf(b.get(i).expression());
          }
          var step = session.trainStep(px, labels, new CrossEntropy());
          lossSum += step.loss();
          correct += step.correct();
          batches++;
        }
        TrainingEpoch.Result r = new TrainingEpoch.Result(lossSum / batches, (double) correct / order.size(), 0);
        double v = acc(session, classes, val).overall();
        ClassAccuracy t = acc(session, classes, test);
        if (v > best) {
          best = v;
          bestTest = t.overall();
          bestAcc = t;
        }
        System.out.printf(Locale.ROOT, "epoch %d loss %.3f train %.3f val %.3f test %.3f (%.0f s)%n", epoch,
            r.loss(), r.accuracy(), v, t.overall(), (System.nanoTime() - begin) / 1e9);
      }
      System.out.printf(Locale.ROOT, "RESULT best val %.3f test-at-best %.3f%n", best, bestTest);
      if (Boolean.parseBoolean(p("perclass", "false")) && bestAcc != null) {
        System.out.println(bestAcc);
      }
    }
  }

  static Block act(String head) {
    return switch (head) {
      case "relu" -> Activation.reluBlock();
      case "sigmoid" -> Activation.sigmoidBlock();
      default -> throw new IllegalArgumentException(head);
    };
  }

  static ClassAccuracy acc(NetworkSession s, List<Expression> classes, List<Example> ex) {
    float[][] logits = s.logits(ex.stream().map(Example::pixels).toList());
    return ClassAccuracy.of(classes, ex.stream().map(Example::expression).toList(), logits);
  }

  static List<Example> normalise(List<Example> in, String norm) {
    if (norm.equals("none")) {
      return in;
    }
    return in.stream().map(e -> {
      float[] px = e.pixels();
      double mean = 0;
      for (float v : px) {
        mean += v;
      }
      mean /= px.length;
      double var = 0;
      for (float v : px) {
        var += (v - mean) * (v - mean);
      }
      double sd = Math.max(Math.sqrt(var / px.length), 1.0 / Math.sqrt(px.length));
      float[] out = new float[px.length];
      for (int i = 0; i < px.length; i++) {
        out[i] = (float) ((px[i] - mean) / sd);
      }
      return new Example(e.ref(), e.expression(), e.subject(), out);
    }).toList();
  }
}
