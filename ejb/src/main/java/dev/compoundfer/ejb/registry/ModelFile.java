package dev.compoundfer.ejb.registry;

import java.io.Serializable;
import java.util.List;

/**
 * A model the job saved to disk.
 *
 * @param stage {@code teacher} or {@code increment-<step>}
 * @param classes the output classes in index order
 * @param path the model folder
 * @param checksum SHA-256 of the parameter file
 * @param accuracy test accuracy on the classes seen so far
 */
public record ModelFile(String stage, List<String> classes, String path, String checksum, double accuracy)
    implements Serializable {}
