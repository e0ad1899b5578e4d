package dev.compoundfer.web.api;

import dev.compoundfer.ejb.experiment.InvalidParameterException;
import dev.compoundfer.ejb.inference.NoActiveModelException;
import dev.compoundfer.ejb.inference.RequestTooLargeException;
import dev.compoundfer.ejb.inference.ServiceBusyException;
import dev.compoundfer.ejb.inference.UnreadableImageException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Turns the application's typed errors into problem bodies with the right status. */
final class ProblemMappers {
  private ProblemMappers() {}

  @Provider
  public static class InvalidParameter implements ExceptionMapper<InvalidParameterException> {
    @Override
    public Response toResponse(InvalidParameterException e) {
      return Problem.response(Status.BAD_REQUEST, "Invalid parameter", e.getMessage(), e.parameter());
    }
  }

  @Provider
  public static class NoActiveModel implements ExceptionMapper<NoActiveModelException> {
    @Override
    public Response toResponse(NoActiveModelException e) {
      return Problem.response(Status.SERVICE_UNAVAILABLE, "No active model", e.getMessage(), null);
    }
  }

  @Provider
  public static class UnreadableImage implements ExceptionMapper<UnreadableImageException> {
    @Override
    public Response toResponse(UnreadableImageException e) {
      return Problem.response(Status.BAD_REQUEST, "Unreadable image", e.getMessage(), "image");
    }
  }

  /** A role the caller lacks, as the resource ({@code @RolesAllowed}) found it. */
  @Provider
  public static class Forbidden implements ExceptionMapper<ForbiddenException> {
    @Override
    public Response toResponse(ForbiddenException e) {
      return Problem.response(Status.FORBIDDEN, "Forbidden", "Your roles do not allow this request", null);
    }
  }

  /** A role the caller lacks, as a session bean ({@code @RolesAllowed}) found it. */
  @Provider
  public static class EjbAccess implements ExceptionMapper<EJBAccessException> {
    @Override
    public Response toResponse(EJBAccessException e) {
      return new Forbidden().toResponse(new ForbiddenException());
    }
  }

  @Provider
  public static class RequestTooLarge implements ExceptionMapper<RequestTooLargeException> {
    @Override
    public Response toResponse(RequestTooLargeException e) {
      return Problem.response(Status.REQUEST_ENTITY_TOO_LARGE, "Request too large", e.getMessage(), "image");
    }
  }

  /** Saturated: a 503 with a hint when to come back. */
  @Provider
  public static class ServiceBusy implements ExceptionMapper<ServiceBusyException> {
    @Override
    public Response toResponse(ServiceBusyException e) {
      Response problem = Problem.response(Status.SERVICE_UNAVAILABLE, "Service busy", e.getMessage(), null);
      return Response.fromResponse(problem).header("Retry-After", 1).build();
    }
  }

  /** Unwraps system exceptions whose cause is one of ours; anything else is a 500 without a stack trace. */
  @Provider
  public static class Ejb implements ExceptionMapper<EJBException> {
    @Override
    public Response toResponse(EJBException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      if (cause instanceof InvalidParameterException invalid) {
        return new InvalidParameter().toResponse(invalid);
      }
      return Problem.response(Status.INTERNAL_SERVER_ERROR, "Server error",
          cause.getClass().getSimpleName() + ": " + cause.getMessage(), null);
    }
  }
}
