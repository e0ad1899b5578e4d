package dev.compoundfer.core.replay;

import dev.compoundfer.core.data.Expression;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The stored images per class, best first, and the per-class size m.
 *
 * <p>{@code grow} keeps m fixed (memory grows by m per class); {@code limit} keeps M fixed and sets
 * {@code m = floor(M / classes)} after each class, truncating old classes (which cannot grow back: reference quirk,
 * method.md §3.3 step 9).
 */
public final class ReplayMemory {

  private final String mode;
  private final int capacity;
  private int perClass;
  private final Map<Expression, List<ReplayEntry>> entries = new LinkedHashMap<>();

  /**
   * @param mode {@code grow} or {@code limit}
   * @param capacity M, the total memory of {@code limit}
   * @param perClass m, images kept per class
   */
  public ReplayMemory(String mode, int capacity, int perClass, List<ReplayEntry> stored) {
    if (!"grow".equals(mode) && !"limit".equals(mode)) {
      throw new IllegalArgumentException("mode must be grow or limit, was " + mode);
    }
    this.mode = mode;
    this.capacity = capacity;
    this.perClass = Math.max(1, perClass);
    stored.forEach(e -> entries.computeIfAbsent(e.expression(), k -> new ArrayList<>()).add(e));
  }

  public int perClass() {
    return perClass;
  }

  public int capacity() {
    return capacity;
  }

  public boolean holds(Expression expression) {
    return entries.containsKey(expression);
  }

  public List<ReplayEntry> of(Expression expression) {
    return List.copyOf(entries.getOrDefault(expression, List.of()));
  }

  /** Stores a class's chosen images (already best first, at most m). */
  public void store(Expression expression, List<ReplayEntry> chosen) {
    entries.put(expression, new ArrayList<>(chosen.subList(0, Math.min(perClass, chosen.size()))));
  }

  /** Called before storing a newly learned class: in {@code limit} mode, m = floor(M / classes) and truncation. */
  public void resizeFor(int classes) {
    if ("limit".equals(mode)) {
      perClass = Math.max(1, capacity / classes);
      entries.replaceAll((k, v) -> new ArrayList<>(v.subList(0, Math.min(perClass, v.size()))));
    }
  }

  /** All entries, class by class. */
  public List<ReplayEntry> entries() {
    List<ReplayEntry> all = new ArrayList<>();
    entries.values().forEach(all::addAll);
    return all;
  }
}
