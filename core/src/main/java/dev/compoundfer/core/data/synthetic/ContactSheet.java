package dev.compoundfer.core.data.synthetic;

import dev.compoundfer.core.data.Expression;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * An overview image of a synthetic dataset: one row per expression class, labelled at the left, with the same
 * subjects in the same columns so that expressions can be compared across rows.
 */
public final class ContactSheet {
  private static final int LABEL_WIDTH = 150;
  private static final int GAP = 2;

  private ContactSheet() {}

  /** A sheet with one row per class and one column per subject 1..subjects. */
  public static BufferedImage of(SyntheticFaces faces, List<Expression> classes, int subjects) {
    int size = faces.config().imageSize();
    BufferedImage sheet = new BufferedImage(LABEL_WIDTH + subjects * (size + GAP),
        classes.size() * (size + GAP), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = sheet.createGraphics();
    try {
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, sheet.getWidth(), sheet.getHeight());
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
      for (int row = 0; row < classes.size(); row++) {
        Expression expression = classes.get(row);
        int y = row * (size + GAP);
        g.setColor(Color.BLACK);
        g.drawString(expression.displayName(), 6, y + size / 2 + 5);
        for (int subject = 1; subject <= subjects; subject++) {
          g.drawImage(faces.render(subject, expression), LABEL_WIDTH + (subject - 1) * (size + GAP), y, null);
        }
      }
    } finally {
      g.dispose();
    }
    return sheet;
  }

  /** Writes a PNG sheet of all 22 classes. */
  public static void write(SyntheticFaces faces, int subjects, Path png) throws IOException {
    write(faces, Arrays.asList(Expression.values()), subjects, png);
  }

  /** Writes a PNG sheet of the given classes. */
  public static void write(SyntheticFaces faces, List<Expression> classes, int subjects, Path png)
      throws IOException {
    Files.createDirectories(png.toAbsolutePath().getParent());
    ImageIO.write(of(faces, classes, subjects), "png", png.toFile());
  }

  /**
   * Writes a sheet: {@code ContactSheet <png> [imageSize=64] [subjects=8] [colour=false] [difficulty=SyntheticConfig.DEFAULT_DIFFICULTY]
   * [classes=all|basic]}; {@code basic} shows neutral and the six basic classes only.
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: ContactSheet <png> [imageSize] [subjects] [colour] [difficulty] [all|basic]");
      System.exit(2);
    }
    int size = args.length > 1 ? Integer.parseInt(args[1]) : 64;
    int subjects = args.length > 2 ? Integer.parseInt(args[2]) : 8;
    boolean colour = args.length > 3 && Boolean.parseBoolean(args[3]);
    double difficulty = args.length > 4 ? Double.parseDouble(args[4]) : SyntheticConfig.DEFAULT_DIFFICULTY;
    // The full default subject count, so the sheet shows the first subjects of the default dataset itself.
    SyntheticConfig config = SyntheticConfig.defaults().withImageSize(size).withColour(colour)
        .withDifficulty(difficulty);
    List<Expression> classes = new ArrayList<>(Arrays.asList(Expression.values()));
    if (args.length > 5 && args[5].equals("basic")) {
      classes.removeIf(Expression::isCompound);
    }
    write(new SyntheticFaces(config), classes, subjects, Path.of(args[0]));
  }
}
