package dev.compoundfer.web.console.playground;

import dev.compoundfer.ejb.inference.Explanation;
import dev.compoundfer.ejb.inference.ExpressionRecognizer;
import dev.compoundfer.ejb.inference.NoActiveModelException;
import dev.compoundfer.ejb.inference.Recognition;
import dev.compoundfer.ejb.inference.RequestTooLargeException;
import dev.compoundfer.ejb.inference.ServiceBusyException;
import dev.compoundfer.ejb.inference.UnreadableImageException;
import dev.compoundfer.web.console.Messages;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;

/**
 * One upload, one recognition by the active model with its Grad-CAM map (where the network looked for the predicted
 * class); the photo is shown back, never stored.
 */
@Named
@RequestScoped
public class Playground {
  /** Larger uploads are refused before they are read into memory, as over REST. */
  private static final int MAX_BYTES = 20 * 1024 * 1024;

  @EJB private ExpressionRecognizer recognizer;

  private Part photo;
  private Recognition recognition;
  private List<ClassProbability> probabilities = List.of();
  private String photoDataUri;
  private String heatMapDataUri;

  public void recognize() throws IOException {
    if (photo == null || photo.getSize() == 0) {
      Messages.error("Choose a photo first");
      return;
    }
    if (photo.getSize() > MAX_BYTES) {
      Messages.error("The photo is larger than " + MAX_BYTES / (1024 * 1024) + " MB");
      return;
    }
    byte[] bytes;
    try (InputStream in = photo.getInputStream()) {
      bytes = in.readAllBytes();
    }
    try {
      Explanation explanation = recognizer.explain(bytes);
      recognition = explanation.getRecognition();
      heatMapDataUri = "data:image/png;base64," + Base64.getEncoder().encodeToString(explanation.getOverlayPng());
      probabilities = recognition.getProbabilities().entrySet().stream()
          .map(p -> new ClassProbability(p.getKey(), p.getValue()))
          .sorted(Comparator.comparingDouble(ClassProbability::probability).reversed())
          .toList();
      String type = photo.getContentType() == null ? "image/png" : photo.getContentType();
      photoDataUri = "data:" + type + ";base64," + Base64.getEncoder().encodeToString(bytes);
    } catch (NoActiveModelException | UnreadableImageException | RequestTooLargeException
        | ServiceBusyException e) {
      Messages.error(e.getMessage());
    }
  }

  /** One row of the probability table. */
  public record ClassProbability(String expression, double probability) {}

  public Part getPhoto() {
    return photo;
  }

  public void setPhoto(Part photo) {
    this.photo = photo;
  }

  public Recognition getRecognition() {
    return recognition;
  }

  public List<ClassProbability> getProbabilities() {
    return probabilities;
  }

  public String getHeatMapDataUri() {
    return heatMapDataUri;
  }

  public String getPhotoDataUri() {
    return photoDataUri;
  }
}
