package dev.compoundfer.core.lab;

import dev.compoundfer.core.data.Expression;
import dev.compoundfer.core.gradcam.CamOverlap;
import dev.compoundfer.core.gradcam.GradCam;
import dev.compoundfer.core.gradcam.HeatMap;
import dev.compoundfer.core.gradcam.HeatMapOverlay;
import dev.compoundfer.core.inference.ModelFiles;
import dev.compoundfer.core.training.Example;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Grad-CAM maps of a saved model on test images: overlays as PNG in {@code <out>/gradcam/<model>/<class>/}, and, for
 * a model that knows compound classes, how much their maps overlap their component basic classes' ({@link CamOverlap}).
 */
final class GradCamPhase {

  private GradCamPhase() {}

  /**
   * @param modelDir a saved model; its image size must be {@code --image-size}
   * @param images overlays written per class
   */
  static List<CamOverlap.Overlap> run(LabRun run, Path modelDir, int images) {
    int size = ModelFiles.descriptor(modelDir).imageSize();
    if (size != run.config().imageSize()) {
      throw new IllegalArgumentException("The model in " + modelDir + " takes " + size + " px images; run with "
          + "--image-size " + size);
    }
    Path target = run.out().resolve("gradcam").resolve(String.valueOf(modelDir.getFileName()));
    List<Example> test = run.data().data().test();
    try (GradCam cam = GradCam.open(modelDir, run.config().device())) {
      List<Expression> classes = cam.classes();
      Set<String> subjects = subjectsWithEvery(test, classes);
      Map<Expression, List<HeatMap>> bySubject = new LinkedHashMap<>();
      int written = 0;
      for (Expression c : classes) {
        List<Example> ofClass = test.stream().filter(e -> e.expression() == c)
            .sorted(Comparator.comparing(Example::subject)).toList();
        List<HeatMap> maps = cam.maps(ofClass.stream().map(Example::pixels).toList(), c);
        for (int i = 0; i < Math.min(images, ofClass.size()); i++) {
          write(target.resolve(c.name().toLowerCase(Locale.ROOT)), ofClass.get(i), maps.get(i), run);
          written++;
        }
        List<HeatMap> shared = new ArrayList<>();
        for (int i = 0; i < ofClass.size(); i++) {
          if (subjects.contains(ofClass.get(i).subject())) {
            shared.add(maps.get(i));
          }
        }
        bySubject.put(c, shared);
      }
      List<CamOverlap.Overlap> overlaps = subjects.isEmpty() ? List.of() : CamOverlap.measure(bySubject);
      record(run, modelDir, target, written, subjects.size(), overlaps);
      return overlaps;
    }
  }

  /** Test subjects with exactly one image of every class, so that map i of every class is the same person. */
  private static Set<String> subjectsWithEvery(List<Example> test, List<Expression> classes) {
    Set<String> subjects = new TreeSet<>();
    test.forEach(e -> subjects.add(e.subject()));
    subjects.removeIf(s -> classes.stream().anyMatch(
        c -> test.stream().filter(e -> e.subject().equals(s) && e.expression() == c).count() != 1));
    return subjects;
  }

  private static void write(Path folder, Example example, HeatMap map, LabRun run) {
    try {
      Files.createDirectories(folder);
      String name = example.subject().replaceAll("[^A-Za-z0-9_-]", "_") + ".png";
      Files.write(folder.resolve(name), HeatMapOverlay.png(example.pixels(), run.config().channels(), map));
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write an overlay into " + folder, e);
    }
  }

  private static void record(LabRun run, Path modelDir, Path target, int written, int subjects,
      List<CamOverlap.Overlap> overlaps) {
    Map<String, Object> section = new LinkedHashMap<>();
    section.put("model_dir", modelDir.toString());
    section.put("overlays", target.toString());
    section.put("overlays_written", written);
    section.put("overlap_subjects", subjects);
    List<Map<String, Object>> rows = new ArrayList<>();
    for (CamOverlap.Overlap o : overlaps) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("compound", o.compound().name());
      row.put("component_overlap", o.componentOverlap());
      row.put("unrelated_overlap", o.unrelatedOverlap());
      row.put("margin", o.margin());
      rows.add(row);
    }
    section.put("overlap", rows);
    run.results().put("gradcam", section);
    run.console().printf("gradcam: %d overlays in %s%n", written, target);
    overlaps.forEach(o -> run.summarise("gradcam", o.compound().displayName() + " overlap margin", o.margin()));
  }
}
