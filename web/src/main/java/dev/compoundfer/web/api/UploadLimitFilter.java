package dev.compoundfer.web.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.util.Locale;

/**
 * Refuses a POST whose declared length is above 20 MB before any reader (image or multipart) touches its body:
 * 413 with a problem body, the body read and dropped as {@link UploadLimits} explains.
 */
@Provider
public class UploadLimitFilter implements ContainerRequestFilter {
  @Override
  public void filter(ContainerRequestContext request) throws IOException {
    String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
    if (request.getMethod().equals("POST") && UploadLimits.tooLarge(length)) {
      UploadLimits.discard(request.getEntityStream());
      String size = String.format(Locale.ROOT, "%,d bytes", Long.parseLong(length.strip()));
      request.abortWith(new ProblemMappers.RequestTooLarge().toResponse(UploadLimits.refusal(size)));
    }
  }
}
