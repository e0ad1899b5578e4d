package dev.compoundfer.core.lab;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * {@code results.json} in the output folder: one section per phase. Sections of earlier runs are kept, so phases run
 * one at a time add up to the same file as {@code all}.
 */
final class ResultsFile {

  static final String NAME = "results.json";
  private static final Gson GSON = new GsonBuilder().setPrettyPrinting().serializeNulls().create();

  private final Path file;
  private final JsonObject root;

  private ResultsFile(Path file, JsonObject root) {
    this.file = file;
    this.root = root;
  }

  /** The file in {@code out}, with the sections it already holds. */
  static ResultsFile open(Path out) {
    Path file = out.resolve(NAME);
    try {
      if (!Files.isRegularFile(file)) {
        return new ResultsFile(file, new JsonObject());
      }
      JsonElement existing = JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8));
      return new ResultsFile(file, existing.isJsonObject() ? existing.getAsJsonObject() : new JsonObject());
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read " + file, e);
    }
  }

  /** Replaces a section (maps, lists, records and numbers; no {@code Path}s) and writes the file at once. */
  void put(String section, Object value) {
    root.add(section, GSON.toJsonTree(value));
    save();
  }

  private void save() {
    try {
      Files.createDirectories(file.getParent());
      Path temp = Files.createTempFile(file.getParent(), NAME, ".tmp");
      Files.writeString(temp, GSON.toJson(root) + "\n", StandardCharsets.UTF_8);
      Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write " + file, e);
    }
  }
}
