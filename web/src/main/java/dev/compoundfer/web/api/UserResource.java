package dev.compoundfer.web.api;

import dev.compoundfer.ejb.experiment.InvalidParameterException;
import dev.compoundfer.ejb.security.Roles;
import dev.compoundfer.ejb.security.UserService;
import dev.compoundfer.ejb.security.UserView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Set;

/** Users and their roles, for administrators. Passwords go in, never out. */
@Path("v1/users")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class UserResource {
  @EJB private UserService users;

  @GET
  public List<UserView> list() {
    return users.list();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(UserForm form, @Context UriInfo uri) {
    if (form == null) {
      throw new InvalidParameterException("body", "The body must be a JSON object with username, password, roles");
    }
    UserView created = users.create(form.username, password(form.password), form.roles);
    return Response.created(uri.getAbsolutePathBuilder().path(created.username()).build()).entity(created).build();
  }

  @PUT
  @Path("{username}/password")
  @Consumes(MediaType.APPLICATION_JSON)
  public UserView changePassword(@PathParam("username") String username, PasswordForm form) {
    return users.changePassword(username, password(form == null ? null : form.password));
  }

  @DELETE
  @Path("{username}")
  public Response delete(@PathParam("username") String username) {
    users.delete(username);
    return Response.noContent().build();
  }

  private static char[] password(String password) {
    if (password == null) {
      throw new InvalidParameterException("password", "password is required");
    }
    return password.toCharArray();
  }

  /** The JSON body of a new user. */
  public static class UserForm {
    public String username;
    public String password;
    public Set<String> roles;
  }

  /** The JSON body of a password change. */
  public static class PasswordForm {
    public String password;
  }
}
