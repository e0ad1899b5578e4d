package dev.compoundfer.web.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * An RFC 9457 problem body.
 *
 * @param title a short summary of the kind of problem
 * @param status the HTTP status
 * @param detail one sentence about this occurrence
 * @param parameter the offending parameter, if one is to blame
 */
public record Problem(String title, int status, String detail, String parameter) {
  static Response response(Response.Status status, String title, String detail, String parameter) {
    return Response.status(status)
        .type("application/problem+json")
        .entity(new Problem(title, status.getStatusCode(), detail, parameter))
        .build();
  }

  static final MediaType JSON = MediaType.APPLICATION_JSON_TYPE;
}
