package dev.compoundfer.web.api;

import dev.compoundfer.ejb.registry.ModelRegistry;
import dev.compoundfer.ejb.registry.ModelVersionView;
import dev.compoundfer.ejb.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** Model versions and activation. */
@Path("v1/models")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.MANAGER})
public class ModelResource {
  @EJB private ModelRegistry registry;

  @GET
  public List<ModelVersionView> list() {
    return registry.list();
  }

  @POST
  @RolesAllowed(Roles.ADMIN)
  @Path("{id}/activate")
  public ModelVersionView activate(@PathParam("id") long id) {
    return registry.activate(id);
  }
}
