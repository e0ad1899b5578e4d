package dev.compoundfer.core.data.synthetic;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Path2D;

/**
 * A Graphics2D in face units that also turns the head: points are placed on a vertical cylinder around the midline
 * and rotated by the yaw, so features near the front (nose tip) shift more than those at the sides and the far half
 * of the face is foreshortened.
 */
final class FaceCanvas {
  private static final double RADIUS = 36;

  private final Graphics2D g;
  private final double yaw;

  FaceCanvas(Graphics2D g, double yaw) {
    this.g = g;
    this.yaw = yaw;
  }

  /** The drawn x of a point at face x that sticks out {@code depth} units in front of the cylinder. */
  double x(double x, double depth) {
    double radius = RADIUS + depth;
    double u = Math.max(-1, Math.min(1, (x - FaceLayout.CENTRE) / radius));
    double angle = Math.max(-Math.PI / 2, Math.min(Math.PI / 2, Math.asin(u) + yaw));
    return FaceLayout.CENTRE + radius * Math.sin(angle);
  }

  /** How far the whole head outline slides with the yaw: a quarter of the facial midline's shift. */
  double headShift() {
    return headShift(yaw);
  }

  /**
   * How far the whole head outline slides for a yaw, without a canvas (for geometry alone): a quarter of the
   * midline's shift, {@code x(CENTRE, 0) - CENTRE}.
   */
  static double headShift(double yaw) {
    return 0.25 * RADIUS * Math.sin(Math.max(-Math.PI / 2, Math.min(Math.PI / 2, yaw)));
  }

  /** How far the facial midline (hairline, brows, nose bridge) slides with the yaw. */
  double midlineShift() {
    return x(FaceLayout.CENTRE, 4) - FaceLayout.CENTRE;
  }

  Graphics2D graphics() {
    return g;
  }

  void fill(Shape shape, Color colour) {
    g.setColor(colour);
    g.fill(shape);
  }

  void stroke(Shape shape, Color colour, double width) {
    g.setColor(colour);
    g.setStroke(new BasicStroke((float) width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.draw(shape);
  }

  /** A quadratic curve between two points, bent through the control point; x values already mapped. */
  static Path2D curve(double x0, double y0, double cx, double cy, double x1, double y1) {
    Path2D.Double path = new Path2D.Double();
    path.moveTo(x0, y0);
    path.quadTo(cx, cy, x1, y1);
    return path;
  }

  /** The colour with the given opacity 0..1. */
  static Color alpha(Color colour, double opacity) {
    int a = (int) Math.round(255 * Math.max(0, Math.min(1, opacity)));
    return new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), a);
  }

  /** The colour scaled towards black by the factor (0.7 = 30% darker). */
  static Color shade(Color colour, double factor) {
    return new Color(
        clamp(colour.getRed() * factor), clamp(colour.getGreen() * factor), clamp(colour.getBlue() * factor));
  }

  private static int clamp(double channel) {
    return (int) Math.max(0, Math.min(255, Math.round(channel)));
  }
}
