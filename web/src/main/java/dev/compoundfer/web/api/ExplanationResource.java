package dev.compoundfer.web.api;

import dev.compoundfer.ejb.inference.Explanation;
import dev.compoundfer.ejb.inference.ExpressionRecognizer;
import dev.compoundfer.ejb.inference.Recognition;
import dev.compoundfer.ejb.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.Base64;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Where the model looked: the Grad-CAM overlay of the predicted class. The PNG itself by default ({@code Accept:
 * image/png}, the recognition in {@code Fer-*} headers), or JSON with the PNG in base64 ({@code Accept:
 * application/json}), for clients that want both in one document.
 */
@Path("v1/explanations")
@RolesAllowed({Roles.ADMIN, Roles.CLIENT})
@Tag(name = "inference")
@Consumes({"image/*", MediaType.APPLICATION_OCTET_STREAM})
public class ExplanationResource {
  /**
   * The JSON form of an explanation.
   *
   * @param overlayPng the PNG overlay, base64
   */
  public record ExplanationJson(String label, Map<String, Double> probabilities, long modelVersion, double millis,
      boolean faceCropped, String overlayPng) {}

  @EJB private ExpressionRecognizer recognizer;

  @POST
  @Produces("image/png;qs=1.0") // the default when the client accepts anything
  @Operation(summary = "Explain one image as a PNG",
      description = "The Grad-CAM map of the predicted class over the network's input. Headers: Fer-Label,"
          + " Fer-Model-Version, Fer-Face-Cropped.")
  @APIResponse(responseCode = "200", description = "the overlay",
      content = @Content(mediaType = "image/png", schema = @Schema(type = org.eclipse.microprofile.openapi
          .annotations.enums.SchemaType.STRING, format = "binary")))
  @APIResponse(responseCode = "400", description = "not a readable image",
      content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
  public Response png(InputStream body) throws IOException {
    Explanation explanation = explain(body);
    Recognition r = explanation.getRecognition();
    return Response.ok(explanation.getOverlayPng(), "image/png")
        .header("Fer-Label", r.getLabel())
        .header("Fer-Model-Version", r.getModelVersion())
        .header("Fer-Face-Cropped", r.isFaceCropped())
        .build();
  }

  @POST
  @Produces("application/json;qs=0.9")
  @Operation(summary = "Explain one image as JSON", description = "The recognition and the overlay PNG in base64.")
  @APIResponse(responseCode = "200", description = "recognition and overlay",
      content = @Content(schema = @Schema(implementation = ExplanationJson.class)))
  public ExplanationJson json(InputStream body) throws IOException {
    Explanation explanation = explain(body);
    Recognition r = explanation.getRecognition();
    return new ExplanationJson(r.getLabel(), r.getProbabilities(), r.getModelVersion(), r.getMillis(), r.isFaceCropped(),
        Base64.getEncoder().encodeToString(explanation.getOverlayPng()));
  }

  private Explanation explain(InputStream body) throws IOException {
    return recognizer.explain(UploadLimits.read(body));
  }
}
