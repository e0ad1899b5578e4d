package dev.compoundfer.core.face;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.opencv.core.Core;
import org.opencv.core.Mat;
import org.opencv.core.MatOfInt;
import org.opencv.core.MatOfRect;
import org.opencv.core.Point;
import org.opencv.core.Rect;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;
import org.opencv.objdetect.CascadeClassifier;

/**
 * An OpenCV cascade (Viola-Jones Haar by default) on the histogram-equalised grey image; the face is the best hit
 * (the hit most windows agree on; the largest among equals). When the upright image shows none, the image is
 * rotated by each {@link CascadeSettings#rollRetries()} angle in turn, because frontal cascades miss heads tilted
 * by more than about 10 degrees.
 *
 * <p>Measured alone on 60 synthetic faces pasted into cluttered canvases (the scenes of ChainFaceDetectorTest,
 * docs/benchmarks.md): 59 found, 51 with IoU >= 0.7; the misses are hits on background clutter, boxes too large
 * and tilted heads. {@link ChainFaceDetector} checks its candidates by skin colour. Not yet measured on CFEE photos.
 *
 * <p>A cascade returns a square from the forehead to the chin; it is widened to the {@link FaceBox} convention
 * (crown to chin) with factors measured on the synthetic faces of {@code core.data.synthetic} (not on CFEE photos).
 * Thread-safe: detections are serialised, since one OpenCV classifier must not run in two threads at once.
 */
public final class CascadeFaceDetector implements FaceDetector {
  // Measured on 60 synthetic faces (seed 7, apart from the test's seed): head centre 5% of the square above its
  // centre, head 0.92 squares wide and 1.13 squares tall, spread about 0.1.
  private static final double CENTRE_SHIFT = -0.05;
  private static final double WIDTH_RATIO = 0.92;
  private static final double HEIGHT_RATIO = 1.13;

  private final CascadeSettings settings;
  private final CascadeClassifier classifier;

  /**
   * @throws IllegalStateException if the cascade file is missing (naming the Debian package that provides it) or
   *     is not a cascade OpenCV can read
   */
  public CascadeFaceDetector(CascadeSettings settings) {
    this.settings = settings;
    if (!Files.isRegularFile(settings.cascade())) {
      throw new IllegalStateException("No face cascade at " + settings.cascade()
          + "; install it with 'apt-get install opencv-data' or configure another cascade file");
    }
    OpenCvNatives.load();
    this.classifier = new CascadeClassifier(settings.cascade().toString());
    if (classifier.empty()) {
      throw new IllegalStateException("OpenCV cannot read the cascade " + settings.cascade());
    }
  }

  /** The default Haar cascade from {@code opencv-data} with {@link CascadeSettings#defaults()}. */
  public static CascadeFaceDetector withDefaults() {
    return new CascadeFaceDetector(CascadeSettings.defaults());
  }

  @Override
  public Optional<FaceBox> detect(BufferedImage image) {
    for (double degrees : angles()) {
      List<FaceBox> found = candidates(image, degrees);
      if (!found.isEmpty()) {
        return Optional.of(found.get(0));
      }
    }
    return Optional.empty();
  }

  /** Upright (0) first, then each roll retry: the order in which {@link #candidates} should be asked. */
  List<Double> angles() {
    List<Double> angles = new ArrayList<>();
    angles.add(0.0);
    angles.addAll(settings.rollRetries());
    return angles;
  }

  /**
   * Every hit on the image rotated by {@code degrees}, as head boxes in the unrotated image, most supported first
   * (the largest among equals): stray hits on background clutter gather fewer overlapping windows.
   */
  synchronized List<FaceBox> candidates(BufferedImage image, double degrees) {
    Mat grey = GreyMat.of(image);
    try {
      Imgproc.equalizeHist(grey, grey);
      return degrees == 0 ? hits(grey, null) : rotatedHits(grey, degrees);
    } finally {
      grey.release();
    }
  }

  @Override
  public String description() {
    return "opencv-cascade " + settings;
  }

  private List<FaceBox> rotatedHits(Mat grey, double degrees) {
    Point centre = new Point(grey.cols() / 2.0, grey.rows() / 2.0);
    Mat rotation = Imgproc.getRotationMatrix2D(centre, degrees, 1);
    Mat rotated = new Mat();
    try {
      // Replicated borders: a black wedge would add strong edges the cascade could mistake for a face.
      Imgproc.warpAffine(grey, rotated, rotation, grey.size(), Imgproc.INTER_LINEAR, Core.BORDER_REPLICATE);
      return hits(rotated, rotation);
    } finally {
      rotated.release();
      rotation.release();
    }
  }

  // Head boxes of all hits, most votes first; a non-null rotation maps hit centres back to the unrotated image.
  private List<FaceBox> hits(Mat grey, Mat rotation) {
    int minSide = (int) Math.round(settings.minFaceFraction() * Math.min(grey.cols(), grey.rows()));
    MatOfRect hits = new MatOfRect();
    MatOfInt support = new MatOfInt();
    try {
      classifier.detectMultiScale2(grey, hits, support, settings.scaleFactor(), settings.minNeighbors(), 0,
          new Size(minSide, minSide), new Size());
      Rect[] rects = hits.toArray();
      if (rects.length == 0) {
        return List.of(); // an empty MatOfInt has a type toArray() rejects
      }
      int[] votes = support.toArray();
      Integer[] order = new Integer[rects.length];
      for (int i = 0; i < order.length; i++) {
        order[i] = i;
      }
      Arrays.sort(order, Comparator.<Integer>comparingInt(i -> -votes[i]).thenComparingInt(i -> -rects[i].width));
      List<FaceBox> boxes = new ArrayList<>();
      for (int i : order) {
        Rect square = rects[i];
        if (rotation != null) {
          double[] back = unrotate(rotation, square.x + square.width / 2.0, square.y + square.height / 2.0);
          square = new Rect((int) Math.round(back[0] - square.width / 2.0),
              (int) Math.round(back[1] - square.height / 2.0), square.width, square.height);
        }
        boxes.add(toHeadBox(square));
      }
      return boxes;
    } finally {
      hits.release();
      support.release();
    }
  }

  // The inverse of a 2x3 rotation about a centre, applied to one point.
  private static double[] unrotate(Mat rotation, double x, double y) {
    Mat inverse = new Mat();
    try {
      Imgproc.invertAffineTransform(rotation, inverse);
      double[] m = new double[6];
      inverse.get(0, 0, m);
      return new double[] {m[0] * x + m[1] * y + m[2], m[3] * x + m[4] * y + m[5]};
    } finally {
      inverse.release();
    }
  }

  private static FaceBox toHeadBox(Rect square) {
    double side = square.width;
    double centreX = square.x + side / 2.0;
    double centreY = square.y + side / 2.0 + CENTRE_SHIFT * side;
    int width = (int) Math.round(WIDTH_RATIO * side);
    int height = (int) Math.round(HEIGHT_RATIO * side);
    return new FaceBox((int) Math.round(centreX - width / 2.0), (int) Math.round(centreY - height / 2.0),
        width, height);
  }
}
