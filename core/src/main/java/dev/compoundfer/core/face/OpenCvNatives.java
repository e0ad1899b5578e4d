package dev.compoundfer.core.face;

/**
 * Loads OpenCV's native library from the openpnp jar, once per class loader. A JVM can link a native library into
 * one class loader only, so the library must reach the server through a single EAR library, not through two WARs.
 */
final class OpenCvNatives {
  private static boolean loaded;

  private OpenCvNatives() {}

  static synchronized void load() {
    if (!loaded) {
      nu.pattern.OpenCV.loadLocally();
      loaded = true;
    }
  }
}
