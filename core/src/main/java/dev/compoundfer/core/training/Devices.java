package dev.compoundfer.core.training;

import ai.djl.Device;
import ai.djl.engine.Engine;

/** Turns the configured device name into a DJL device. */
public final class Devices {

  private Devices() {}

  /** {@code cpu}, {@code gpu} (first GPU) or {@code auto} (a GPU if the engine sees one). */
  public static Device of(String name) {
    return switch (name) {
      case "cpu" -> Device.cpu();
      case "gpu" -> Device.gpu();
      case "auto" -> Engine.getInstance().getGpuCount() > 0 ? Device.gpu() : Device.cpu();
      default -> throw new IllegalArgumentException("device must be cpu, gpu or auto, was " + name);
    };
  }
}
