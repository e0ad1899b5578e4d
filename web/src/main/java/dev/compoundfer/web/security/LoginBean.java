package dev.compoundfer.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.security.Principal;

/** The console's login form and logout, and who is logged in (for page headers). */
@Named
@RequestScoped
public class LoginBean {
  @Inject private SecurityContext securityContext;

  private String username;
  private String password;

  public void login() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    AuthenticationStatus status = securityContext.authenticate(request,
        (HttpServletResponse) external.getResponse(),
        AuthenticationParameters.withParams()
            .credential(new UsernamePasswordCredential(username, password == null ? "" : password))
            .newAuthentication(true));
    password = null;
    switch (status) {
      case SUCCESS -> {
        request.changeSessionId(); // a session id seen before the login is worth nothing after it
        external.redirect(next(request));
      }
      case SEND_CONTINUE -> faces.responseComplete();
      default -> faces.addMessage(null,
          new FacesMessage(FacesMessage.SEVERITY_ERROR, "The user name or password is wrong.", null));
    }
  }

  public void logout() throws IOException, ServletException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    request.logout();
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    external.redirect(request.getContextPath() + FerAuthenticationMechanism.LOGIN_PAGE);
  }

  /** The page asked for before the login, if it is one of ours; else the dashboard. */
  private static String next(HttpServletRequest request) {
    String home = request.getContextPath() + "/";
    HttpSession session = request.getSession(false);
    Object next = session == null ? null : session.getAttribute(FerAuthenticationMechanism.NEXT_ATTRIBUTE);
    if (session != null) {
      session.removeAttribute(FerAuthenticationMechanism.NEXT_ATTRIBUTE);
    }
    if (next instanceof String path && path.startsWith(home) && !path.startsWith("//")
        && !path.contains(FerAuthenticationMechanism.LOGIN_PAGE)) {
      return path;
    }
    return home;
  }

  /** The logged-in user's name, or null. */
  public String getUser() {
    Principal caller = securityContext.getCallerPrincipal();
    return caller == null ? null : caller.getName();
  }

  public boolean isInRole(String role) {
    return securityContext.isCallerInRole(role);
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
