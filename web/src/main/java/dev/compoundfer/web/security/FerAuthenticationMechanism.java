package dev.compoundfer.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.security.auth.message.callback.CallerPrincipalCallback;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Base64;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.UnsupportedCallbackException;

/**
 * The application's one authentication mechanism, which picks the dialect by path:
 *
 * <ul>
 *   <li>{@code /api/*}: HTTP Basic on every request. A protected resource without valid credentials answers 401 with
 *       a problem body and {@code WWW-Authenticate: Basic}, never the login page. A browser already logged in to the
 *       console may also read (GET/HEAD only, so a forged cross-site POST cannot act) with its session.
 *   <li>everything else: the console's form login. {@link LoginBean} calls {@code SecurityContext.authenticate},
 *       which lands here with the credential; success registers the login in the HTTP session. A protected page
 *       without a login redirects to {@code login.xhtml}, also for JSF ajax requests after the session expired,
 *       which get a partial-response redirect (Soteria sends none: pitfalls.md section 7).
 * </ul>
 *
 * <p>One mechanism rather than {@code @CustomFormAuthenticationMechanismDefinition} plus Basic: Jakarta Security 3
 * allows a single mechanism per application.
 */
@ApplicationScoped
public class FerAuthenticationMechanism implements HttpAuthenticationMechanism {
  static final String LOGIN_PAGE = "/login.xhtml";
  /** Where to go after logging in: the page a GET asked for before it was sent to the login page. */
  static final String NEXT_ATTRIBUTE = FerAuthenticationMechanism.class.getName() + ".next";

  private static final String REALM = "compound-fer";

  @Inject private IdentityStoreHandler identityStores;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    return isApi(request) ? api(request, response, context) : console(request, response, context);
  }

  private AuthenticationStatus api(HttpServletRequest request, HttpServletResponse response,
      HttpMessageContext context) {
    String authorization = request.getHeader("Authorization");
    if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      UsernamePasswordCredential credential = basic(authorization.substring(6).trim());
      CredentialValidationResult result = credential == null ? CredentialValidationResult.INVALID_RESULT
          : identityStores.validate(credential);
      if (result.getStatus() == CredentialValidationResult.Status.VALID) {
        return context.notifyContainerAboutLogin(result);
      }
      return unauthorized(response, "The user name or password is wrong");
    }
    boolean safe = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
    if (safe && request.getUserPrincipal() != null) {
      return continueSession(request, context);
    }
    if (context.isProtected()) {
      return unauthorized(response, "This resource needs a user: send HTTP Basic credentials");
    }
    return context.doNothing();
  }

  private AuthenticationStatus console(HttpServletRequest request, HttpServletResponse response,
      HttpMessageContext context) {
    Credential credential = context.getAuthParameters().getCredential();
    if (context.isAuthenticationRequest() && credential != null) {
      CredentialValidationResult result = identityStores.validate(credential);
      if (result.getStatus() != CredentialValidationResult.Status.VALID) {
        return AuthenticationStatus.SEND_FAILURE; // LoginBean shows the message; no error page
      }
      context.setRegisterSession(result.getCallerPrincipal().getName(), result.getCallerGroups());
      return context.notifyContainerAboutLogin(result);
    }
    if (request.getUserPrincipal() != null) {
      return continueSession(request, context);
    }
    if (!context.isProtected()) {
      return context.doNothing();
    }
    return toLoginPage(request, response);
  }

  /** The login registered in the session applies again (what Soteria's AutoApplySession does). */
  private static AuthenticationStatus continueSession(HttpServletRequest request, HttpMessageContext context) {
    Principal principal = request.getUserPrincipal();
    try {
      context.getHandler().handle(new Callback[] {new CallerPrincipalCallback(context.getClientSubject(), principal)});
    } catch (IOException | UnsupportedCallbackException e) {
      throw new IllegalStateException("The container refused the session's login", e);
    }
    return AuthenticationStatus.SUCCESS;
  }

  private static AuthenticationStatus toLoginPage(HttpServletRequest request, HttpServletResponse response) {
    String login = request.getContextPath() + LOGIN_PAGE;
    try {
      if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
        // An ajax request (a poll, a button) whose session expired: JSF's client follows only this kind of redirect.
        response.setContentType("text/xml");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
            + login + "\"/></partial-response>");
        response.flushBuffer();
      } else {
        if ("GET".equals(request.getMethod())) {
          String query = request.getQueryString();
          request.getSession().setAttribute(NEXT_ATTRIBUTE,
              request.getRequestURI() + (query == null ? "" : "?" + query));
        }
        response.sendRedirect(login);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return AuthenticationStatus.SEND_CONTINUE;
  }

  /** 401 with a problem body; committed here so the container cannot swap in its HTML error page. */
  private static AuthenticationStatus unauthorized(HttpServletResponse response, String detail) {
    try {
      response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
      response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
      response.setContentType("application/problem+json");
      response.setCharacterEncoding("UTF-8");
      response.getWriter().write(Json.createObjectBuilder()
          .add("title", "Unauthorized")
          .add("status", HttpServletResponse.SC_UNAUTHORIZED)
          .add("detail", detail)
          .build()
          .toString());
      response.flushBuffer();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return AuthenticationStatus.SEND_FAILURE;
  }

  /** The name and password of a Basic header, or null when it is not {@code base64(name:password)}. */
  static UsernamePasswordCredential basic(String encoded) {
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return null;
    }
    int colon = decoded.indexOf(':');
    if (colon <= 0) {
      return null;
    }
    return new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1));
  }

  private static boolean isApi(HttpServletRequest request) {
    return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
  }
}
