package dev.compoundfer.web.api;

import dev.compoundfer.ejb.inference.ExpressionRecognizer;
import dev.compoundfer.ejb.inference.Recognition;
import dev.compoundfer.ejb.inference.UnreadableImageException;
import dev.compoundfer.ejb.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;

/** Recognises the expression on one image sent as the request body. */
@Path("v1/recognitions")
@RolesAllowed({Roles.ADMIN, Roles.CLIENT})
public class RecognitionResource {
  /** Larger uploads are refused before they are read into memory. */
  static final int MAX_BYTES = 20 * 1024 * 1024;

  @EJB private ExpressionRecognizer recognizer;

  @POST
  @Consumes({"image/*", MediaType.APPLICATION_OCTET_STREAM})
  @Produces(MediaType.APPLICATION_JSON)
  public Recognition recognize(InputStream body) throws IOException {
    byte[] image = body.readNBytes(MAX_BYTES + 1);
    if (image.length > MAX_BYTES) {
      throw new UnreadableImageException("The image is larger than " + MAX_BYTES / (1024 * 1024) + " MB");
    }
    return recognizer.recognize(image);
  }
}
