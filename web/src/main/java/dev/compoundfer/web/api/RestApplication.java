package dev.compoundfer.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;

/** Serves the API under {@code /api}. */
@ApplicationPath("api")
public class RestApplication extends Application {
  /**
   * Jersey (Payara's JAX-RS) checks {@code @RolesAllowed}/{@code @PermitAll} on resources only with this feature;
   * named by class so the build needs no Jersey dependency.
   */
  @Override
  public Map<String, Object> getProperties() {
    return Map.of("jersey.config.server.provider.classnames",
        "org.glassfish.jersey.server.filter.RolesAllowedDynamicFeature");
  }
}
