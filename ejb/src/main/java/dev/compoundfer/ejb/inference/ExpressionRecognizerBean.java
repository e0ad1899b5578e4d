package dev.compoundfer.ejb.inference;

import dev.compoundfer.core.data.image.BadImageException;
import dev.compoundfer.core.data.image.ImageDecoder;
import dev.compoundfer.core.data.image.ImagePixels;
import dev.compoundfer.core.inference.ExpressionModel;
import dev.compoundfer.core.inference.Prediction;
import dev.compoundfer.ejb.registry.ActiveModelBean;
import dev.compoundfer.ejb.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.awt.image.BufferedImage;
import java.util.LinkedHashMap;
import java.util.Map;

/** Decodes the image within bounded size, then asks the active model. */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.CLIENT})
public class ExpressionRecognizerBean implements ExpressionRecognizer, RemoteExpressionRecognizer {
  private static final ImageDecoder DECODER = new ImageDecoder();

  @EJB private ActiveModelBean activeModel;

  @Override
  public Recognition recognize(byte[] image) {
    long start = System.nanoTime();
    BufferedImage decoded = decode(image);
    return activeModel.use(loaded -> {
      ExpressionModel model = loaded.model();
      float[] pixels = ImagePixels.toChw(decoded, model.imageSize(), model.channels());
      Prediction prediction = model.predict(pixels);
      Map<String, Double> probabilities = new LinkedHashMap<>();
      prediction.probabilities().forEach((e, p) -> probabilities.put(e.name().toLowerCase(), p));
      return new Recognition(prediction.label().name().toLowerCase(), probabilities, loaded.versionId(),
          (System.nanoTime() - start) / 1e6);
    });
  }

  private static BufferedImage decode(byte[] image) {
    try {
      return DECODER.decode(image);
    } catch (BadImageException e) {
      throw new UnreadableImageException(e.getMessage());
    }
  }
}
