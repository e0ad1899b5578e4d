package dev.compoundfer.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** Serves the API under {@code /api}; its OpenAPI document is at {@code /openapi}. */
@ApplicationPath("api")
@OpenAPIDefinition(info = @Info(title = "compound-fer", version = "1",
    description = "Compound facial expression recognition: experiments, model versions, recognition and"
        + " Grad-CAM explanations. Errors are RFC 9457 problem documents."))
public class RestApplication extends Application {
  /**
   * Jersey (Payara's JAX-RS) checks {@code @RolesAllowed}/{@code @PermitAll} on resources only with
   * RolesAllowedDynamicFeature; MultiPartFeature reads batches of images as {@code List<EntityPart>}. Named by class
   * so the build needs no Jersey dependency.
   */
  @Override
  public Map<String, Object> getProperties() {
    return Map.of("jersey.config.server.provider.classnames",
        "org.glassfish.jersey.server.filter.RolesAllowedDynamicFeature,"
            + "org.glassfish.jersey.media.multipart.MultiPartFeature");
  }
}
