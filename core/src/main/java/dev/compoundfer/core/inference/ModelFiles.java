package dev.compoundfer.core.inference;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** A model folder: {@code model.json} (a {@link ModelDescriptor}) and {@code parameters.bin} (DJL block format). */
public final class ModelFiles {

  public static final String DESCRIPTOR = "model.json";
  public static final String PARAMETERS = "parameters.bin";

  private static final Gson GSON = new GsonBuilder().setPrettyPrinting().create();

  private ModelFiles() {}

  /** Writes both files (each via a temporary file and an atomic move); returns {@code dir}. */
  public static Path save(Path dir, ModelDescriptor descriptor, byte[] parameters) {
    try {
      Files.createDirectories(dir);
      replace(dir.resolve(PARAMETERS), parameters);
      replace(dir.resolve(DESCRIPTOR), GSON.toJson(descriptor).getBytes(StandardCharsets.UTF_8));
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not save model to " + dir, e);
    }
  }

  public static ModelDescriptor descriptor(Path dir) {
    try {
      ModelDescriptor descriptor =
          GSON.fromJson(Files.readString(dir.resolve(DESCRIPTOR)), ModelDescriptor.class);
      if (descriptor == null) {
        throw new IllegalStateException(dir.resolve(DESCRIPTOR) + " is empty");
      }
      return descriptor;
    } catch (IOException e) {
      throw new UncheckedIOException("No readable model in " + dir, e);
    } catch (JsonParseException e) {
      throw new IllegalStateException(dir.resolve(DESCRIPTOR) + " is not a model descriptor", e);
    }
  }

  public static byte[] parameters(Path dir) {
    try {
      return Files.readAllBytes(dir.resolve(PARAMETERS));
    } catch (IOException e) {
      throw new UncheckedIOException("No readable parameters in " + dir, e);
    }
  }

  private static void replace(Path file, byte[] content) throws IOException {
    Path temp = Files.createTempFile(file.getParent(), file.getFileName() + ".", ".tmp");
    Files.write(temp, content);
    Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }
}
