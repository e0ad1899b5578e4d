package dev.compoundfer.web.console.image;

import dev.compoundfer.ejb.experiment.ExperimentService;
import dev.compoundfer.ejb.experiment.InvalidParameterException;
import dev.compoundfer.ejb.experiment.ReplaySampleView;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javax.imageio.ImageIO;

/**
 * A PNG thumbnail of one image of an experiment's replay set: {@code /thumbnails/replay?experiment=1&expression=happy
 * &rank=1}. The file is looked up in the stored replay set, never taken from the request, so no other file of the
 * server can be read through it.
 */
@WebServlet("/thumbnails/replay")
public class ReplayThumbnailServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private static final int SIZE = 96;

  @EJB private ExperimentService experiments;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Optional<Path> image;
    try {
      image = find(Long.parseLong(request.getParameter("experiment")), request.getParameter("expression"),
          Integer.parseInt(request.getParameter("rank")));
    } catch (NumberFormatException | InvalidParameterException e) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST, "experiment, expression and rank are required");
      return;
    }
    BufferedImage source = image.filter(Files::isRegularFile).map(ReplayThumbnailServlet::read).orElse(null);
    if (source == null) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    response.setContentType("image/png");
    response.setHeader("Cache-Control", "private, max-age=3600");
    ImageIO.write(scale(source), "png", response.getOutputStream());
  }

  private Optional<Path> find(long experiment, String expression, int rank) {
    return experiments.replaySet(experiment).stream()
        .filter(s -> s.expression().equals(expression) && s.rank() == rank)
        .map(ReplaySampleView::sample)
        .map(Path::of)
        .findFirst();
  }

  private static BufferedImage read(Path file) {
    try {
      return ImageIO.read(file.toFile());
    } catch (IOException e) {
      return null;
    }
  }

  static BufferedImage scale(BufferedImage source) {
    double factor = (double) SIZE / Math.max(source.getWidth(), source.getHeight());
    int width = Math.max(1, (int) Math.round(source.getWidth() * factor));
    int height = Math.max(1, (int) Math.round(source.getHeight() * factor));
    BufferedImage thumbnail = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = thumbnail.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    g.drawImage(source, 0, 0, width, height, null);
    g.dispose();
    return thumbnail;
  }
}
