package dev.compoundfer.ejb.inference;

import java.io.Serializable;
import java.util.Map;

/**
 * The answer for one image.
 *
 * @param label the most probable class
 * @param probabilities every class the model knows, with its probability (they sum to 1), in the model's order
 * @param modelVersion the id of the model version that answered
 * @param millis time taken inside the bean for the whole call (for a batch: the batch)
 * @param faceCropped whether the image was cut down to a detected face before recognition
 */
public record Recognition(
    String label, Map<String, Double> probabilities, long modelVersion, double millis, boolean faceCropped)
    implements Serializable {}
