package dev.compoundfer.core.inference;

import dev.compoundfer.core.data.Expression;
import java.util.List;

/**
 * What is needed to rebuild a saved network before loading its parameters ({@code model.json}).
 *
 * @param backbone the backbone name
 * @param imageSize input height and width
 * @param channels input channels
 * @param classes the output classes in output-index order
 */
public record ModelDescriptor(String backbone, int imageSize, int channels, List<Expression> classes) {
  public ModelDescriptor {
    if (backbone == null || backbone.isBlank()) {
      throw new IllegalArgumentException("backbone must not be blank");
    }
    if (imageSize < 1 || channels < 1) {
      throw new IllegalArgumentException("imageSize and channels must be positive: " + imageSize + ", " + channels);
    }
    if (classes == null || classes.isEmpty()) {
      throw new IllegalArgumentException("classes must not be empty");
    }
    classes = List.copyOf(classes);
  }
}
