package dev.compoundfer.web.api;

import dev.compoundfer.ejb.experiment.InvalidParameterException;
import dev.compoundfer.ejb.schedule.ScheduleRequest;
import dev.compoundfer.ejb.schedule.ScheduleService;
import dev.compoundfer.ejb.schedule.ScheduleView;
import dev.compoundfer.web.api.ExperimentResource.ExperimentForm;
import dev.compoundfer.ejb.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** Schedules that start experiments on a calendar. */
@Path("v1/schedules")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class ScheduleResource {
  @EJB private ScheduleService schedules;

  @GET
  @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
  public List<ScheduleView> list() {
    return schedules.list();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(ScheduleForm form) {
    if (form == null) {
      throw new InvalidParameterException("body", "The body must be a JSON object with name, calendar, experiment");
    }
    ExperimentForm experiment = form.experiment == null ? new ExperimentForm() : form.experiment;
    experiment.name = form.name;
    ScheduleView created = schedules.create(new ScheduleRequest(form.name, form.calendar, experiment.toRequest()));
    return Response.status(Response.Status.CREATED).entity(created).build();
  }

  @POST
  @Path("{id}/pause")
  public ScheduleView pause(@PathParam("id") long id) {
    return schedules.pause(id);
  }

  @POST
  @Path("{id}/resume")
  public ScheduleView resume(@PathParam("id") long id) {
    return schedules.resume(id);
  }

  @DELETE
  @Path("{id}")
  public Response delete(@PathParam("id") long id) {
    schedules.delete(id);
    return Response.noContent().build();
  }

  /** The JSON body of a new schedule. */
  public static class ScheduleForm {
    public String name;
    public String calendar;
    public ExperimentForm experiment;
  }
}
