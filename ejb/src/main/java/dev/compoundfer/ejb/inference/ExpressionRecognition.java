package dev.compoundfer.ejb.inference;

import java.util.List;

/**
 * What both views of the recognizer offer. Images are encoded bytes (JPEG, PNG, BMP or GIF) of at most 20 MB and
 * 40 megapixels; a photo whose face is clearly smaller than the frame is cropped to the face first (see
 * {@code fer.crop} in the README), and every answer says whether that happened.
 *
 * <p>Every error is one of the typed exceptions below, each an application exception, so that remote callers see
 * them unwrapped and the bean stays in service.
 */
public interface ExpressionRecognition {
  /**
   * The expression on one image.
   *
   * @throws NoActiveModelException when no model version is active
   * @throws UnreadableImageException when the bytes are not a usable image
   * @throws RequestTooLargeException when the image is larger than allowed
   * @throws ServiceBusyException when the service is saturated; try again shortly
   */
  Recognition recognize(byte[] image);

  /**
   * The expressions on several images, in order; they share forward passes. At most {@code fer.inference.max-images}
   * images (64 by default) and 20 MB in all; an unreadable image fails the whole call, naming its position.
   *
   * @throws RequestTooLargeException when there are too many images or bytes
   */
  List<Recognition> recognizeAll(List<byte[]> images);

  /**
   * The expression on one image and where the model looked for it: the Grad-CAM map of the predicted class over
   * the network's input, as a PNG.
   */
  Explanation explain(byte[] image);
}
