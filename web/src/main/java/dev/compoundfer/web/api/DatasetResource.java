package dev.compoundfer.web.api;

import dev.compoundfer.ejb.dataset.DatasetRequest;
import dev.compoundfer.ejb.dataset.DatasetService;
import dev.compoundfer.ejb.dataset.DatasetView;
import dev.compoundfer.ejb.experiment.InvalidParameterException;
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

/**
 * Registered datasets: list, look at, register one (read at once, like the console's datasets page). An experiment
 * names one by id or name in its {@code dataset} parameter.
 */
@Path("v1/datasets")
@RolesAllowed({Roles.ADMIN, Roles.MANAGER})
@Produces(MediaType.APPLICATION_JSON)
public class DatasetResource {
  @EJB private DatasetService datasets;

  @GET
  public List<DatasetView> list() {
    return datasets.list();
  }

  @GET
  @Path("{id}")
  public DatasetView find(@PathParam("id") long id) {
    return datasets.find(id).orElseThrow(() -> new NotFoundException("No dataset has id " + id));
  }

  /** Registers and scans {@code {"name", "reader", "path"}}; 201 with its view, 400 naming a bad field. */
  @POST
  @RolesAllowed(Roles.ADMIN)
  @Consumes(MediaType.APPLICATION_JSON)
  public Response register(DatasetForm form, @Context UriInfo uri) {
    if (form == null) {
      throw new InvalidParameterException("body", "The body must be a JSON object with name, reader and path");
    }
    DatasetView registered = datasets.register(new DatasetRequest(form.name, form.reader, form.path));
    return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(registered.id())).build())
        .entity(registered)
        .build();
  }

  /** The JSON body of a registration. */
  public static class DatasetForm {
    public String name;
    public String reader;
    public String path;
  }
}
