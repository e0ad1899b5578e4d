package dev.compoundfer.web.console.experiment;

import dev.compoundfer.core.data.Expression;
import dev.compoundfer.core.data.FaceSample;
import dev.compoundfer.core.experiment.Workspace;
import dev.compoundfer.ejb.experiment.ExperimentView;
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
 * experiment's dataset (as its work folder's plan reads it); the maps from the experiment's own newest model version
 * (its last increment), not from whichever version serves inference.
 *
 * @param modelVersion the model version that drew the maps
 * @param rows one per learned compound class
 */
public record GradCamGallery(long modelVersion, List<Row> rows) implements Serializable {
  /** One image with the map of the class the model predicted for it. */
  public record Tile(String expression, String predicted, String overlay) implements Serializable {}

  /** A learned compound class and its components. */
  public record Row(String compound, List<Tile> tiles) implements Serializable {}

  static GradCamGallery of(ExperimentView experiment, ExpressionRecognizer recognizer) {
    if (experiment.workDir() == null) {
      throw new IllegalStateException("The experiment has not prepared its dataset yet, so its images are unknown");
    }
    Map<Expression, FaceSample> firstOfClass = firstOfClass(Workspace.open(Path.of(experiment.workDir())));
    List<Expression> compounds = new ArrayList<>();
    List<List<Expression>> classRows = new ArrayList<>();
    List<FaceSample> samples = new ArrayList<>();
    for (ExperimentView.IncrementView increment : experiment.increments()) {
      Expression compound = Expression.valueOf(increment.learnedClass().toUpperCase(Locale.ROOT));
      List<Expression> row = new ArrayList<>();
      row.add(compound);
      row.addAll(compound.components());
      row.removeIf(e -> !firstOfClass.containsKey(e));
      row.forEach(e -> samples.add(firstOfClass.get(e)));
      compounds.add(compound);
      classRows.add(row);
    }
    List<Explanation> explanations = recognizer.explainWithExperimentModel(
        experiment.id(), samples.stream().map(s -> read(s.image())).toList());
    List<Row> rows = new ArrayList<>();
    int next = 0;
    for (int r = 0; r < classRows.size(); r++) {
      List<Tile> tiles = new ArrayList<>();
      for (Expression expression : classRows.get(r)) {
        Explanation explanation = explanations.get(next++);
        tiles.add(new Tile(expression.displayName(), explanation.getRecognition().getLabel(),
            "data:image/png;base64," + Base64.getEncoder().encodeToString(explanation.getOverlayPng())));
      }
      rows.add(new Row(compounds.get(r).displayName(), tiles));
    }
    long version = explanations.isEmpty() ? 0 : explanations.get(0).getRecognition().getModelVersion();
    return new GradCamGallery(version, rows);
  }

  private static Map<Expression, FaceSample> firstOfClass(Workspace workspace) {
    Map<Expression, FaceSample> first = new EnumMap<>(Expression.class);
    workspace.samples().samples().forEach(s -> first.putIfAbsent(s.expression(), s));
    return first;
  }

  private static byte[] read(Path image) {
    try {
      return Files.readAllBytes(image);
    } catch (IOException e) {
      throw new UncheckedIOException("The image " + image + " cannot be read", e);
    }
  }
}
