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
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Recognises the expression on one image (the body) or on several (a multipart body, one image per part). */
@Path("v1/recognitions")
@RolesAllowed({Roles.ADMIN, Roles.CLIENT})
@Tag(name = "inference", description = "Expression recognition with the active model version")
@Produces(MediaType.APPLICATION_JSON)
public class RecognitionResource {
  @EJB private ExpressionRecognizer recognizer;

  @POST
  @Consumes({"image/*", MediaType.APPLICATION_OCTET_STREAM})
  @Operation(summary = "Recognise one image",
      description = "Body: a JPEG, PNG, BMP or GIF image of at most 20 MB and 40 megapixels. A photo whose face is"
          + " clearly smaller than the frame is cropped to the face first (faceCropped says whether).")
  @APIResponse(responseCode = "200", description = "label, probabilities of every class, model version, time taken",
      content = @Content(schema = @Schema(implementation = Recognition.class)))
  @APIResponse(responseCode = "400", description = "empty body, not an image, truncated or too many pixels",
      content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
  @APIResponse(responseCode = "413", description = "more than 20 MB",
      content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
  @APIResponse(responseCode = "503", description = "no active model, or the service is saturated",
      content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
  public Recognition recognize(InputStream body) throws IOException {
    return recognizer.recognize(UploadLimits.read(body));
  }

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(summary = "Recognise a batch of images",
      description = "multipart/form-data, one image per part (any part name), at most fer.inference.max-images"
          + " (64) parts and 20 MB in all. Answers one recognition per part, in order.")
  @APIResponse(responseCode = "200", description = "one recognition per part",
      content = @Content(schema = @Schema(implementation = Recognition[].class)))
  @APIResponse(responseCode = "400", description = "a part is not a readable image (the detail names it)",
      content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
  @APIResponse(responseCode = "413", description = "too many parts or bytes",
      content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
  public List<Recognition> recognizeAll(List<EntityPart> parts)
      throws IOException {
    if (parts == null || parts.isEmpty()) {
      throw new UnreadableImageException("EMPTY", "The multipart body has no parts.");
    }
    // The body is at most 20 MB, so even 10,000 tiny parts stay bounded; the bean refuses too many images.
    List<byte[]> images = new ArrayList<>(parts.size());
    for (EntityPart part : parts) {
      try (InputStream content = part.getContent()) {
        images.add(UploadLimits.read(content));
      }
    }
    return recognizer.recognizeAll(images);
  }
}
