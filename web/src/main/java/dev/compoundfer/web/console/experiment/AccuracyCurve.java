package dev.compoundfer.web.console.experiment;

import dev.compoundfer.ejb.experiment.ExperimentView;
import dev.compoundfer.ejb.experiment.ExperimentView.IncrementView;
import java.util.ArrayList;
import java.util.List;
import software.xdev.chartjs.model.charts.LineChart;
import software.xdev.chartjs.model.data.LineData;
import software.xdev.chartjs.model.dataset.LineDataset;
import software.xdev.chartjs.model.options.LineOptions;
import software.xdev.chartjs.model.options.Plugins;
import software.xdev.chartjs.model.options.Title;

/**
 * The step accuracy curve of one experiment's class order as Chart.js JSON (no animation: the page redraws it while the job runs): step 0 is the teacher on the basic
 * classes, step i the model after learning the i-th compound class. {@code p:chart} takes the JSON string, not the
 * model object (pitfalls.md §5).
 */
final class AccuracyCurve {
  private AccuracyCurve() {}

  static String toJson(ExperimentView experiment) {
    List<String> labels = new ArrayList<>();
    List<Number> allSeen = new ArrayList<>();
    List<Number> newClass = new ArrayList<>();
    List<Number> oldClasses = new ArrayList<>();
    labels.add("teacher");
    allSeen.add(percent(experiment.teacherAccuracy()));
    newClass.add(null);
    oldClasses.add(null);
    for (IncrementView increment : experiment.increments()) {
      labels.add(increment.step() + ". " + increment.learnedClass());
      allSeen.add(percent(increment.accuracyAllSeen()));
      newClass.add(percent(increment.newClassAccuracy()));
      oldClasses.add(percent(increment.oldClassAccuracy()));
    }
    LineData data = new LineData()
        .setLabels(labels)
        .addDataset(line("all seen classes", allSeen, "#2563eb"))
        .addDataset(line("new class", newClass, "#16a34a"))
        .addDataset(line("old classes", oldClasses, "#d97706"));
    LineOptions options = new LineOptions()
        .setResponsive(true)
        .setMaintainAspectRatio(false)
        .setAnimation(false)
        .setPlugins(new Plugins().setTitle(new Title().setDisplay(true).setText("test accuracy (%) after each step")));
    return new LineChart().setData(data).setOptions(options).toJson();
  }

  private static LineDataset line(String label, List<Number> values, String colour) {
    LineDataset dataset = new LineDataset();
    values.forEach(dataset::addData);
    dataset.setLabel(label);
    dataset.setBorderColor(colour);
    dataset.setBackgroundColor(colour);
    dataset.setTension(0.2);
    dataset.setSpanGaps(true);
    return dataset;
  }

  private static Number percent(Double fraction) {
    return fraction == null ? null : Math.round(fraction * 1000) / 10.0;
  }
}
