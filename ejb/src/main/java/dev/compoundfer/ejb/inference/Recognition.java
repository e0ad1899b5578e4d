package dev.compoundfer.ejb.inference;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The answer for one image. A class with getters rather than a record: the IIOP ORB cannot serialise records
 * ("can't get field offset on a record class"), and JSON-B reads the getters.
 */
public final class Recognition implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String label;
  private final LinkedHashMap<String, Double> probabilities;
  private final long modelVersion;
  private final double millis;
  private final boolean faceCropped;

  /**
   * @param label the most probable class
   * @param probabilities every class the model knows, with its probability (they sum to 1), in the model's order
   * @param modelVersion the id of the model version that answered
   * @param millis time taken inside the bean for the whole call (for a batch: the batch)
   * @param faceCropped whether the image was cut down to a detected face before recognition
   */
  public Recognition(String label, Map<String, Double> probabilities, long modelVersion, double millis,
      boolean faceCropped) {
    this.label = label;
    this.probabilities = new LinkedHashMap<>(probabilities);
    this.modelVersion = modelVersion;
    this.millis = millis;
    this.faceCropped = faceCropped;
  }

  public String getLabel() {
    return label;
  }

  public Map<String, Double> getProbabilities() {
    return Collections.unmodifiableMap(probabilities);
  }

  public long getModelVersion() {
    return modelVersion;
  }

  public double getMillis() {
    return millis;
  }

  public boolean isFaceCropped() {
    return faceCropped;
  }

  @Override
  public String toString() {
    return "Recognition[" + label + ", version " + modelVersion + ", " + millis + " ms, cropped " + faceCropped
        + ", " + probabilities + "]";
  }
}
