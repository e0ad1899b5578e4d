package dev.compoundfer.core.pretrain;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import dev.compoundfer.core.network.ExpressionNetwork;
import dev.compoundfer.core.network.PretrainedBackbone;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A pretrained backbone on disk: a folder with {@value #PARAMETERS} (the pretraining network's parameters in DJL
 * block format) and {@value #DESCRIPTION} (the parameters' SHA-256 and the {@link Provenance}). Loading checks the
 * checksum and that backbone, image size and channels match the network it goes into; only the backbone stages are
 * copied, head and classifier stay fresh.
 *
 * @param dir the artifact's folder
 * @param sha256 hex SHA-256 of the parameter file
 * @param provenance how it was made
 */
public record BackboneArtifact(Path dir, String sha256, Provenance provenance) {

  /** The parameter file's name. */
  public static final String PARAMETERS = "backbone.params";

  /** The description's name. */
  public static final String DESCRIPTION = "backbone.json";

  private static final Gson GSON = new GsonBuilder().setPrettyPrinting().create();

  /** What {@value #DESCRIPTION} holds. */
  private record Description(String file, String sha256, Provenance provenance) {}

  /** Writes the artifact into {@code dir} (created if missing), each file atomically, parameters first. */
  public static BackboneArtifact write(Path dir, byte[] parameters, Provenance provenance) {
    String sha256 = sha256(parameters);
    try {
      Files.createDirectories(dir);
      atomically(dir.resolve(PARAMETERS), parameters);
      String json = GSON.toJson(new Description(PARAMETERS, sha256, provenance)) + "\n";
      atomically(dir.resolve(DESCRIPTION), json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("Writing the backbone artifact into " + dir + " failed", e);
    }
    return new BackboneArtifact(dir, sha256, provenance);
  }

  /**
   * Reads the artifact in {@code location} (its folder or its {@value #DESCRIPTION}) and checks the parameter file
   * against the recorded checksum.
   *
   * @throws IllegalArgumentException if a file is missing or unreadable, or the checksum differs
   */
  public static BackboneArtifact read(Path location) {
    Path dir = Files.isDirectory(location) ? location : location.toAbsolutePath().getParent();
    Path description = dir.resolve(DESCRIPTION);
    Description d;
    byte[] parameters;
    try {
      d = GSON.fromJson(Files.readString(description), Description.class);
      parameters = Files.readAllBytes(dir.resolve(PARAMETERS));
    } catch (IOException | JsonParseException e) {
      throw new IllegalArgumentException("No readable backbone artifact at " + location + ": " + e.getMessage(), e);
    }
    if (d == null || d.sha256() == null || d.provenance() == null) {
      throw new IllegalArgumentException(description + " lacks the checksum or the provenance");
    }
    String actual = sha256(parameters);
    if (!actual.equals(d.sha256())) {
      throw new IllegalArgumentException(
          "Checksum mismatch in " + dir.resolve(PARAMETERS) + ": " + DESCRIPTION + " records " + d.sha256()
              + ", the file has " + actual);
    }
    return new BackboneArtifact(dir, d.sha256(), d.provenance());
  }

  /** The parameter file. */
  public Path parameters() {
    return dir.resolve(PARAMETERS);
  }

  /**
   * Copies the backbone stages into an initialised network.
   *
   * @throws IllegalArgumentException naming both values if backbone, image size or channels differ
   */
  public void loadInto(ExpressionNetwork network, String backbone, int imageSize, int channels) {
    require("backbone", provenance.backbone(), backbone);
    require("image size", provenance.imageSize(), imageSize);
    require("channels", provenance.channels(), channels);
    PretrainedBackbone.loadParameters(parameters(), backbone, network);
  }

  private void require(String what, Object artifact, Object network) {
    if (!artifact.equals(network)) {
      throw new IllegalArgumentException(
          "The pretrained backbone in " + dir + " has " + what + " " + artifact + ", the network " + network);
    }
  }

  private static void atomically(Path file, byte[] bytes) throws IOException {
    Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
    Files.write(temporary, bytes);
    Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java has SHA-256", e);
    }
  }
}
