package dev.compoundfer.web.api;

import dev.compoundfer.ejb.experiment.InvalidParameterException;
import dev.compoundfer.ejb.registry.BackboneRegistry;
import dev.compoundfer.ejb.registry.BackboneView;
import dev.compoundfer.ejb.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/** Pretrained backbones: list, look at, register an artifact folder on the server. */
@Path("v1/backbones")
@RolesAllowed({Roles.ADMIN, Roles.MANAGER})
@Produces(MediaType.APPLICATION_JSON)
public class BackboneResource {
  @EJB private BackboneRegistry registry;

  @GET
  public List<BackboneView> list() {
    return registry.list();
  }

  @GET
  @Path("{id}")
  public BackboneView find(@PathParam("id") long id) {
    return registry.find(id).orElseThrow(() -> new NotFoundException("No backbone has id " + id));
  }

  /** Registers the artifact folder named by {@code path} (written by {@code lab pretrain}); 201 with its view. */
  @POST
  @RolesAllowed(Roles.ADMIN)
  @Consumes(MediaType.APPLICATION_JSON)
  public Response register(BackboneForm form, @Context UriInfo uri) {
    if (form == null) {
      throw new InvalidParameterException("body", "The body must be a JSON object with the artifact's path");
    }
    BackboneView registered = registry.register(form.path);
    return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(registered.id())).build())
        .entity(registered)
        .build();
  }

  /** The JSON body of a registration. */
  public static class BackboneForm {
    public String path;
  }
}
