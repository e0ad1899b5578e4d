package dev.compoundfer.ejb.experiment;

import dev.compoundfer.core.continual.ContinualMethod;
import dev.compoundfer.core.fewshot.FewShotEpisode;
import dev.compoundfer.core.fewshot.FewShotMethod;
import dev.compoundfer.core.network.Backbones;
import dev.compoundfer.core.pretrain.PretrainMethod;
import java.io.IOException;
import java.io.Serializable;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

/**
 * The parameters of a new experiment, validated before any job starts.
 *
 * @param name a label for people
 * @param dataset {@code synthetic} (the embedded generator), the id or name of a registered dataset, or the path of a
 *     manifest CSV on the server; the experiment service hands the job {@code synthetic}, a manifest path or
 *     {@code <reader>:<path>} (see {@code DatasetPlan.prepare})
 * @param backbone the network: {@code small} (fast on CPU) or a ResNet, see {@link Backbones#NAMES}
 * @param subjects number of synthetic subjects (ignored for other datasets)
 * @param imageSize side of the square network input, in pixels
 * @param teacherEpochs maximum epochs of the teacher phase
 * @param incrementEpochs epochs per compound-class increment
 * @param increments how many of the fifteen compound classes to learn (a short run learns fewer)
 * @param memoryMode replay memory mode, {@code grow} or {@code limit}
 * @param device {@code cpu}, {@code gpu} or {@code auto}
 * @param seed seed of every random choice
 * @param shots the few-shot step's shot counts, comma-separated, each 1, 3 or 5 (e.g. {@code 1,3,5})
 * @param fewShotClasses how many compound classes get few-shot episodes (the first in canonical order)
 * @param fewShotThreads how many few-shot partitions run at the same time
 * @param pretrained id of a registered pretrained backbone the teacher starts from, or null for random weights
 * @param pretrainMethod {@code none}, or how the job's {@code pretrain} step pretrains the backbone the teacher then
 *     starts from: {@code simclr}, {@code supervised} or {@code au} (see {@link PretrainMethod})
 * @param pretrainData what the {@code pretrain} step learns from: {@code synthetic} (faces of other identities than
 *     the experiment's), a registered dataset whose path is a folder, or a folder of images on the server; the
 *     experiment service hands the job {@code synthetic} or the folder
 * @param pretrainEpochs passes of the {@code pretrain} step over its images
 * @param method how the compound classes are learned, one of {@link ContinualMethod#NAMES}: ours, {@code
 *     kd_prev_herding} (the default) or {@code kd_prev_psmr}, the paper's {@code kd_psmr}, or another ablation row;
 *     the few-shot step follows it ({@link FewShotMethod#of}). Stored parameters without it (experiments from
 *     before the choice existed) ran {@code kd_psmr}, so that is what their absence means
 */
public record ExperimentRequest(
    String name,
    String dataset,
    String backbone,
    int subjects,
    int imageSize,
    int teacherEpochs,
    int incrementEpochs,
    int increments,
    String memoryMode,
    String device,
    long seed,
    String shots,
    int fewShotClasses,
    int fewShotThreads,
    Long pretrained,
    String pretrainMethod,
    String pretrainData,
    int pretrainEpochs,
    String method)
    implements Serializable {

  /** The {@code pretrainMethod} that skips the {@code pretrain} step. */
  public static final String NO_PRETRAINING = "none";

  private static final String DEFAULT_PRETRAIN_DATA = "synthetic";
  private static final int DEFAULT_PRETRAIN_EPOCHS = 20;
  private static final int MAX_PRETRAIN_EPOCHS = 1000;

  private static final Set<String> MEMORY_MODES = Set.of("grow", "limit");
  private static final Set<String> DEVICES = Set.of("cpu", "gpu", "auto");
  private static final String DEFAULT_SHOTS = "1,3,5";
  // Each partition holds its own copy of the teacher and its own libtorch threads; more than the cores only waits.
  private static final int MAX_FEW_SHOT_THREADS = 8;

  public ExperimentRequest {
    require(name != null && !name.isBlank(), "name", "must not be blank");
    require(name.length() <= 100, "name", "must be at most 100 characters");
    require(dataset != null && !dataset.isBlank(), "dataset",
        "must be 'synthetic', a registered dataset or a manifest path");
    require(backbone != null && Backbones.isKnown(backbone), "backbone",
        "must be one of " + Backbones.NAMES + ", was " + backbone);
    require(subjects >= 6 && subjects <= 5000, "subjects", "must be between 6 and 5000, was " + subjects);
    require(imageSize >= 16 && imageSize <= 512, "imageSize", "must be between 16 and 512, was " + imageSize);
    require(teacherEpochs >= 1, "teacherEpochs", "must be at least 1, was " + teacherEpochs);
    require(incrementEpochs >= 1, "incrementEpochs", "must be at least 1, was " + incrementEpochs);
    require(increments >= 1 && increments <= 15, "increments", "must be between 1 and 15, was " + increments);
    require(MEMORY_MODES.contains(memoryMode), "memoryMode", "must be grow or limit, was " + memoryMode);
    require(DEVICES.contains(device), "device", "must be cpu, gpu or auto, was " + device);
    shots = String.join(",", shotCounts(shots).stream().map(String::valueOf).toList());
    require(fewShotClasses >= 1 && fewShotClasses <= 15, "fewShotClasses",
        "must be between 1 and 15, was " + fewShotClasses);
    require(fewShotThreads >= 1 && fewShotThreads <= MAX_FEW_SHOT_THREADS, "fewShotThreads",
        "must be between 1 and " + MAX_FEW_SHOT_THREADS + ", was " + fewShotThreads);
    require(pretrained == null || pretrained > 0, "pretrained", "must be the id of a registered backbone, was "
        + pretrained);
    pretrainMethod = pretrainMethod == null || pretrainMethod.isBlank() ? NO_PRETRAINING : pretrainMethod.strip();
    require(NO_PRETRAINING.equals(pretrainMethod) || isPretrainMethod(pretrainMethod), "pretrainMethod",
        "must be none, simclr, supervised or au, was " + pretrainMethod);
    require(NO_PRETRAINING.equals(pretrainMethod) || pretrained == null, "pretrainMethod",
        "must be none when the teacher starts from a registered backbone (pretrained " + pretrained
            + "): the pretrain step would make another one");
    pretrainData = pretrainData == null || pretrainData.isBlank() ? DEFAULT_PRETRAIN_DATA : pretrainData.strip();
    require(!"au".equals(pretrainMethod) || DEFAULT_PRETRAIN_DATA.equals(pretrainData), "pretrainData",
        "must be synthetic for au pretraining (only the generator knows each face's action units), was "
            + pretrainData);
    require(pretrainEpochs >= 1 && pretrainEpochs <= MAX_PRETRAIN_EPOCHS, "pretrainEpochs",
        "must be between 1 and " + MAX_PRETRAIN_EPOCHS + ", was " + pretrainEpochs);
    method = method == null || method.isBlank() ? ContinualMethod.PRODUCT_DEFAULT : method.strip();
    require(ContinualMethod.isKnown(method), "method",
        "must be one of " + String.join(", ", ContinualMethod.NAMES) + ", was " + method);
  }

  /** A request learning with the product's default method, {@link ContinualMethod#PRODUCT_DEFAULT}. */
  public ExperimentRequest(
      String name, String dataset, String backbone, int subjects, int imageSize, int teacherEpochs,
      int incrementEpochs, int increments, String memoryMode, String device, long seed, String shots,
      int fewShotClasses, int fewShotThreads, Long pretrained, String pretrainMethod, String pretrainData,
      int pretrainEpochs) {
    this(name, dataset, backbone, subjects, imageSize, teacherEpochs, incrementEpochs, increments, memoryMode, device,
        seed, shots, fewShotClasses, fewShotThreads, pretrained, pretrainMethod, pretrainData, pretrainEpochs,
        ContinualMethod.PRODUCT_DEFAULT);
  }

  /** A request without pretraining in the job (the teacher may still start from a registered backbone). */
  public ExperimentRequest(
      String name, String dataset, String backbone, int subjects, int imageSize, int teacherEpochs,
      int incrementEpochs, int increments, String memoryMode, String device, long seed, String shots,
      int fewShotClasses, int fewShotThreads, Long pretrained) {
    this(name, dataset, backbone, subjects, imageSize, teacherEpochs, incrementEpochs, increments, memoryMode, device,
        seed, shots, fewShotClasses, fewShotThreads, pretrained, NO_PRETRAINING, DEFAULT_PRETRAIN_DATA,
        DEFAULT_PRETRAIN_EPOCHS);
  }

  /** Whether the job's {@code pretrain} step runs. */
  public boolean pretrains() {
    return !NO_PRETRAINING.equals(pretrainMethod);
  }

  private static boolean isPretrainMethod(String label) {
    try {
      PretrainMethod.of(label);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** A request with the few-shot step's defaults: every shot count, every compound class, one at a time. */
  public ExperimentRequest(
      String name, String dataset, String backbone, int subjects, int imageSize, int teacherEpochs,
      int incrementEpochs, int increments, String memoryMode, String device, long seed) {
    this(name, dataset, backbone, subjects, imageSize, teacherEpochs, incrementEpochs, increments, memoryMode, device,
        seed, DEFAULT_SHOTS, 15, 1, null);
  }

  /** The same request on another dataset (a registered dataset resolved to what the job reads). */
  public ExperimentRequest withDataset(String other) {
    return new ExperimentRequest(name, other, backbone, subjects, imageSize, teacherEpochs, incrementEpochs,
        increments, memoryMode, device, seed, shots, fewShotClasses, fewShotThreads, pretrained, pretrainMethod,
        pretrainData, pretrainEpochs, method);
  }

  /** The same request pretraining on other data (a registered dataset resolved to its folder). */
  public ExperimentRequest withPretrainData(String other) {
    return new ExperimentRequest(name, dataset, backbone, subjects, imageSize, teacherEpochs, incrementEpochs,
        increments, memoryMode, device, seed, shots, fewShotClasses, fewShotThreads, pretrained, pretrainMethod,
        other, pretrainEpochs, method);
  }

  /**
   * Parses the {@code shots} parameter: distinct counts, each one the few-shot episode accepts (1, 3 or 5).
   *
   * @throws InvalidParameterException naming {@code shots} if the text is empty or holds any other value
   */
  public static List<Integer> shotCounts(String text) {
    require(text != null && !text.isBlank(), "shots", "must list shot counts such as 1,3,5");
    List<Integer> counts = new ArrayList<>();
    for (String part : text.split(",")) {
      int count;
      try {
        count = Integer.parseInt(part.strip());
      } catch (NumberFormatException e) {
        throw new InvalidParameterException("shots", "shots must be numbers such as 1,3,5, was " + text);
      }
      require(FewShotEpisode.SHOT_COUNTS.contains(count), "shots", "must each be 1, 3 or 5, was " + count);
      require(!counts.contains(count), "shots", "must not repeat a count, was " + text);
      counts.add(count);
    }
    return List.copyOf(counts);
  }

  /**
   * The defaults of the embedded synthetic dataset on a 2-core CPU machine. The network is {@code small-flat}, not
   * the reference head's global max pool: on aligned faces trained from scratch it reached 0.53 instead of 0.35
   * test accuracy on the basic classes (docs/benchmarks.md); {@code backbone=small} gives the reference head.
   */
  public static ExperimentRequest quickstart(String name) {
    return new ExperimentRequest(name, "synthetic", "small-flat", 120, 32, 40, 3, 15, "grow", "auto", 42);
  }

  /** The job parameters of this request. */
  public Properties toJobParameters(long experimentId) {
    Properties p = new Properties();
    p.setProperty("experimentId", Long.toString(experimentId));
    p.setProperty("dataset", dataset);
    p.setProperty("backbone", backbone);
    p.setProperty("subjects", Integer.toString(subjects));
    p.setProperty("imageSize", Integer.toString(imageSize));
    p.setProperty("teacherEpochs", Integer.toString(teacherEpochs));
    p.setProperty("incrementEpochs", Integer.toString(incrementEpochs));
    p.setProperty("increments", Integer.toString(increments));
    p.setProperty("memoryMode", memoryMode);
    p.setProperty("device", device);
    p.setProperty("seed", Long.toString(seed));
    p.setProperty("shots", shots);
    p.setProperty("fewShotClasses", Integer.toString(fewShotClasses));
    p.setProperty("fewShotThreads", Integer.toString(fewShotThreads));
    if (pretrained != null) {
      p.setProperty("pretrained", Long.toString(pretrained));
    }
    // Only when asked for, so that the stored parameters of experiments without pretraining stay as they were.
    if (pretrains()) {
      p.setProperty("pretrainMethod", pretrainMethod);
      p.setProperty("pretrainData", pretrainData);
      p.setProperty("pretrainEpochs", Integer.toString(pretrainEpochs));
    }
    // Likewise only when not the reference method: parameters stored before the choice existed ran kd_psmr.
    if (!ContinualMethod.REFERENCE.equals(method)) {
      p.setProperty("method", method);
    }
    return p;
  }

  /** The job parameters without the experiment id, as sorted {@code key=value} lines: how they are stored. */
  public String toText() {
    Properties parameters = toJobParameters(0);
    parameters.remove("experimentId");
    return toText(parameters);
  }

  /** Job parameters as sorted {@code key=value} lines, as {@link #parseText} reads them. */
  public static String toText(Properties parameters) {
    StringBuilder text = new StringBuilder();
    new TreeMap<>(parameters).forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
    return text.toString();
  }

  /** Reads parameters stored by {@link #toText()}. */
  public static Properties parseText(String text) {
    Properties p = new Properties();
    try {
      p.load(new StringReader(text));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }

  /**
   * The request these job parameters came from (parameters stored before few-shot, pretraining or the choice of
   * method existed take their defaults).
   */
  public static ExperimentRequest fromJobParameters(String name, Properties p) {
    return new ExperimentRequest(
        name,
        p.getProperty("dataset"),
        p.getProperty("backbone"),
        Integer.parseInt(p.getProperty("subjects")),
        Integer.parseInt(p.getProperty("imageSize")),
        Integer.parseInt(p.getProperty("teacherEpochs")),
        Integer.parseInt(p.getProperty("incrementEpochs")),
        Integer.parseInt(p.getProperty("increments")),
        p.getProperty("memoryMode"),
        p.getProperty("device"),
        Long.parseLong(p.getProperty("seed")),
        p.getProperty("shots", DEFAULT_SHOTS),
        Integer.parseInt(p.getProperty("fewShotClasses", "15")),
        Integer.parseInt(p.getProperty("fewShotThreads", "1")),
        p.getProperty("pretrained") == null ? null : Long.valueOf(p.getProperty("pretrained")),
        p.getProperty("pretrainMethod", NO_PRETRAINING),
        p.getProperty("pretrainData", DEFAULT_PRETRAIN_DATA),
        Integer.parseInt(p.getProperty("pretrainEpochs", Integer.toString(DEFAULT_PRETRAIN_EPOCHS))),
        storedMethod(p));
  }

  /**
   * The method stored job parameters name. Parameters stored before the choice existed have none and mean
   * {@code kd_psmr}, what those experiments ran ({@link #toJobParameters} leaves {@code kd_psmr} out for the same
   * reason).
   */
  public static String storedMethod(Properties parameters) {
    return parameters.getProperty("method", ContinualMethod.REFERENCE);
  }

  /** The names of the parameters, in the order a form shows them. */
  public static List<String> parameterNames() {
    return List.of("name", "dataset", "backbone", "subjects", "imageSize", "teacherEpochs", "incrementEpochs", "increments",
        "memoryMode", "device", "seed", "shots", "fewShotClasses", "fewShotThreads", "pretrained", "pretrainMethod",
        "pretrainData", "pretrainEpochs", "method");
  }

  private static void require(boolean condition, String parameter, String message) {
    if (!condition) {
      throw new InvalidParameterException(parameter, parameter + " " + message);
    }
  }
}
