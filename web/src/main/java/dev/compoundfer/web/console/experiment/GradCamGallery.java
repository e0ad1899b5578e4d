package dev.compoundfer.web.console.experiment;

import dev.compoundfer.core.data.Expression;
import dev.compoundfer.core.data.FaceSample;
import dev.compoundfer.core.data.reader.ManifestReader;
import dev.compoundfer.core.data.synthetic.SyntheticDatasetWriter;
import dev.compoundfer.ejb.experiment.ExperimentView;
import dev.compoundfer.ejb.experiment.ReplaySampleView;
import dev.compoundfer.ejb.inference.Explanation;
import dev.compoundfer.ejb.inference.ExpressionRecognizer;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Grad-CAM maps of one image per class of an experiment, each learned compound class beside its basic components,
 * so one can see whether the model looks for a compound where it looks for its parts. The images come from the
 * experiment's dataset (its manifest); the maps from the recognizer, that is the active model version.
 */
public final class GradCamGallery {
  /** One image with the map of the class the model predicted for it. */
  public record Tile(String expression, String predicted, String overlay) implements Serializable {}

  /** A learned compound class and its components. */
  public record Row(String compound, List<Tile> tiles) implements Serializable {}

  private GradCamGallery() {}

  static List<Row> of(ExperimentView experiment, List<ReplaySampleView> replay, ExpressionRecognizer recognizer) {
    Map<Expression, FaceSample> firstOfClass = firstOfClass(manifest(experiment, replay));
    List<Row> rows = new ArrayList<>();
    for (ExperimentView.IncrementView increment : experiment.increments()) {
      Expression compound = Expression.valueOf(increment.learnedClass().toUpperCase(Locale.ROOT));
      List<Tile> tiles = new ArrayList<>();
      tile(compound, firstOfClass, recognizer, tiles);
      compound.components().forEach(basic -> tile(basic, firstOfClass, recognizer, tiles));
      rows.add(new Row(compound.displayName(), tiles));
    }
    return rows;
  }

  /** A synthetic dataset keeps its manifest beside its images; any other dataset parameter is a manifest path. */
  private static Path manifest(ExperimentView experiment, List<ReplaySampleView> replay) {
    if (!"synthetic".equals(experiment.dataset())) {
      return Path.of(experiment.dataset());
    }
    if (replay.isEmpty()) {
      throw new IllegalStateException("The experiment has no replay set yet, so its images cannot be located");
    }
    return Path.of(replay.get(0).sample()).getParent().resolve(SyntheticDatasetWriter.MANIFEST);
  }

  private static Map<Expression, FaceSample> firstOfClass(Path manifest) {
    Map<Expression, FaceSample> first = new EnumMap<>(Expression.class);
    new ManifestReader().read(manifest).samples().forEach(s -> first.putIfAbsent(s.expression(), s));
    return first;
  }

  private static void tile(Expression expression, Map<Expression, FaceSample> firstOfClass,
      ExpressionRecognizer recognizer, List<Tile> tiles) {
    FaceSample sample = firstOfClass.get(expression);
    if (sample == null) {
      return;
    }
    Explanation explanation = recognizer.explain(read(sample.image()));
    tiles.add(new Tile(expression.displayName(), explanation.getRecognition().getLabel(),
        "data:image/png;base64," + Base64.getEncoder().encodeToString(explanation.getOverlayPng())));
  }

  private static byte[] read(Path image) {
    try {
      return Files.readAllBytes(image);
    } catch (IOException e) {
      throw new UncheckedIOException("The image " + image + " cannot be read", e);
    }
  }
}
