package dev.compoundfer.ejb.inference;

import dev.compoundfer.core.gradcam.GradCam;
import dev.compoundfer.core.gradcam.HeatMap;
import dev.compoundfer.core.gradcam.HeatMapOverlay;
import dev.compoundfer.core.inference.ExpressionModel;
import dev.compoundfer.core.inference.OverloadedException;
import dev.compoundfer.core.inference.Prediction;
import dev.compoundfer.ejb.inference.ImagePreparation.Prepared;
import dev.compoundfer.ejb.registry.ActiveModelBean;
import dev.compoundfer.ejb.security.Roles;
import dev.compoundfer.persistence.model.ModelVersion;
import jakarta.annotation.security.RolesAllowed;
import dev.compoundfer.ejb.registry.InferenceSettings;
import dev.compoundfer.ejb.registry.LoadedModel;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prepares the images within bounds, then asks the active model (shared, micro-batched forward passes); an
 * experiment's gallery asks that experiment's own newest model instead.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.CLIENT})
// No transaction: it would only add cost to every recognition (the gallery's one query reads without one).
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ExpressionRecognizerBean implements ExpressionRecognizer, RemoteExpressionRecognizer {
  /** All images of one call together, as for a single upload. */
  static final long MAX_TOTAL_BYTES = 20L * 1024 * 1024;

  @EJB private ActiveModelBean activeModel;
  @PersistenceContext private EntityManager em;

  @Override
  public Recognition recognize(byte[] image) {
    return recognize(Collections.singletonList(image), false).get(0);
  }

  @Override
  public List<Recognition> recognizeAll(List<byte[]> images) {
    return recognize(images, true);
  }

  /** @param numbered whether error messages name the image's position (batches) */
  private List<Recognition> recognize(List<byte[]> images, boolean numbered) {
    checkBatch(images);
    long start = System.nanoTime();
    return activeModel.use(loaded -> {
      ExpressionModel model = loaded.served().model();
      List<Prepared> prepared = new ArrayList<>(images.size());
      for (int i = 0; i < images.size(); i++) {
        prepared.add(
            ImagePreparation.prepare(images.get(i), model.imageSize(), model.channels(), numbered ? i : -1));
      }
      List<Prediction> predictions = predict(loaded, prepared.stream().map(Prepared::pixels).toList());
      double millis = (System.nanoTime() - start) / 1e6;
      List<Recognition> out = new ArrayList<>(predictions.size());
      for (int i = 0; i < predictions.size(); i++) {
        out.add(recognition(predictions.get(i), loaded.versionId(), millis, prepared.get(i).faceCropped()));
      }
      return out;
    });
  }

  @Override
  public Explanation explain(byte[] image) {
    long start = System.nanoTime();
    return activeModel.use(loaded -> {
      ExpressionModel model = loaded.served().model();
      Prepared prepared = ImagePreparation.prepare(image, model.imageSize(), model.channels(), -1);
      Prediction prediction = predict(loaded, List.of(prepared.pixels())).get(0);
      HeatMap map = loaded.withGradCam(gradCam -> gradCam.map(prepared.pixels(), prediction.label()));
      byte[] png = HeatMapOverlay.png(prepared.pixels(), model.channels(), map);
      return new Explanation(recognition(prediction, loaded.versionId(), (System.nanoTime() - start) / 1e6,
          prepared.faceCropped()), png);
    });
  }

  @Override
  public List<Explanation> explainWithExperimentModel(long experimentId, List<byte[]> images) {
    ModelVersion version = em.createNamedQuery("ModelVersion.ofExperimentNewestFirst", ModelVersion.class)
        .setParameter("experimentId", experimentId).setMaxResults(1).getResultStream().findFirst()
        .orElseThrow(() -> new NoActiveModelException("Experiment " + experimentId + " has registered no model yet."));
    Path dir = Path.of(version.getPath());
    String device = InferenceSettings.device();
    List<Explanation> out = new ArrayList<>(images.size());
    try (ExpressionModel model = ExpressionModel.load(dir, device); GradCam gradCam = GradCam.open(dir, device)) {
      for (int i = 0; i < images.size(); i++) {
        long start = System.nanoTime();
        Prepared prepared = ImagePreparation.prepare(images.get(i), model.imageSize(), model.channels(), i);
        Prediction prediction = model.predict(prepared.pixels());
        HeatMap map = gradCam.map(prepared.pixels(), prediction.label());
        byte[] png = HeatMapOverlay.png(prepared.pixels(), model.channels(), map);
        out.add(new Explanation(recognition(prediction, version.getId(), (System.nanoTime() - start) / 1e6,
            prepared.faceCropped()), png));
      }
    }
    return out;
  }

  private static List<Prediction> predict(LoadedModel loaded, List<float[]> pixels) {
    try {
      return loaded.served().predictAll(pixels);
    } catch (OverloadedException e) {
      throw new ServiceBusyException(e.getMessage());
    }
  }

  private static void checkBatch(List<byte[]> images) {
    if (images == null || images.isEmpty()) {
      throw new UnreadableImageException("EMPTY", "No image was sent.");
    }
    if (images.size() > InferenceSettings.maxImages()) {
      throw new RequestTooLargeException(String.format(Locale.ROOT,
          "%,d images were sent; at most %d may be recognised in one call.", images.size(),
          InferenceSettings.maxImages()));
    }
    long total = images.stream().mapToLong(b -> b == null ? 0 : b.length).sum();
    if (total > MAX_TOTAL_BYTES) {
      throw new RequestTooLargeException(String.format(Locale.ROOT,
          "The images are %,d bytes in all, more than the %,d bytes allowed in one call.", total, MAX_TOTAL_BYTES));
    }
  }

  private static Recognition recognition(Prediction prediction, long version, double millis, boolean cropped) {
    Map<String, Double> probabilities = new LinkedHashMap<>();
    prediction.probabilities().forEach((e, p) -> probabilities.put(e.name().toLowerCase(Locale.ROOT), p));
    return new Recognition(prediction.label().name().toLowerCase(Locale.ROOT), probabilities, version, millis,
        cropped);
  }
}
