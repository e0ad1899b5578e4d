package dev.compoundfer.core.checkpoint;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The content of one checkpoint: JSON metadata and named binary blobs (e.g. current and best parameters).
 *
 * @param metadata JSON text describing the phase's progress
 * @param blobs named byte arrays, in insertion order
 */
public record Checkpoint(String metadata, Map<String, byte[]> blobs) {
  public Checkpoint {
    Objects.requireNonNull(metadata, "metadata");
    blobs = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(blobs));
  }

  /** The blob of that name; fails clearly when missing. */
  public byte[] blob(String name) {
    byte[] blob = blobs.get(name);
    if (blob == null) {
      throw new CorruptCheckpointException("Checkpoint has no blob '" + name + "'; has " + blobs.keySet());
    }
    return blob;
  }
}
