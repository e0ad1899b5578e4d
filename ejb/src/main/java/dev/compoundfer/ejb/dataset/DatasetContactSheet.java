package dev.compoundfer.ejb.dataset;

import dev.compoundfer.core.data.Expression;
import dev.compoundfer.core.data.FaceSample;
import dev.compoundfer.core.data.LoadedDataset;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

/** A contact sheet of a read dataset: one row per class, the first images of different subjects in it. */
final class DatasetContactSheet {
  private static final int LABEL_WIDTH = 150;
  private static final int GAP = 2;

  private DatasetContactSheet() {}

  static BufferedImage of(LoadedDataset dataset, int perClass, int cell) {
    Map<Expression, List<FaceSample>> rows = pick(dataset, perClass);
    BufferedImage sheet = new BufferedImage(LABEL_WIDTH + perClass * (cell + GAP),
        Math.max(1, rows.size()) * (cell + GAP), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = sheet.createGraphics();
    try {
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, sheet.getWidth(), sheet.getHeight());
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
      int y = 0;
      for (Map.Entry<Expression, List<FaceSample>> row : rows.entrySet()) {
        g.setColor(Color.BLACK);
        g.drawString(row.getKey().displayName(), 6, y + cell / 2 + 5);
        int x = LABEL_WIDTH;
        for (FaceSample sample : row.getValue()) {
          BufferedImage image = read(sample);
          if (image != null) {
            g.drawImage(image, x, y, cell, cell, null);
          }
          x += cell + GAP;
        }
        y += cell + GAP;
      }
    } finally {
      g.dispose();
    }
    return sheet;
  }

  /** Per class in class order, up to {@code perClass} samples, each of a subject not yet shown in that row. */
  private static Map<Expression, List<FaceSample>> pick(LoadedDataset dataset, int perClass) {
    Map<Expression, List<FaceSample>> rows = new EnumMap<>(Expression.class);
    for (FaceSample sample : dataset.samples()) {
      List<FaceSample> row = rows.computeIfAbsent(sample.expression(), e -> new ArrayList<>());
      if (row.size() < perClass && row.stream().noneMatch(s -> s.subject().equals(sample.subject()))) {
        row.add(sample);
      }
    }
    return new LinkedHashMap<>(rows);
  }

  private static BufferedImage read(FaceSample sample) {
    try {
      return ImageIO.read(sample.image().toFile());
    } catch (IOException e) {
      return null;
    }
  }
}
