package dev.compoundfer.web.console;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/** Faces messages the console's beans add: one per action. */
public final class Messages {
  private Messages() {}

  public static void info(String text) {
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
  }

  /** A message that survives the redirect after a successful action. */
  public static void flash(String text) {
    FacesContext context = FacesContext.getCurrentInstance();
    context.getExternalContext().getFlash().setKeepMessages(true);
    context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
  }

  public static void error(String text) {
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
  }

  /** An error shown next to one input, by its client id. */
  public static void field(String clientId, String text) {
    FacesContext.getCurrentInstance()
        .addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    FacesContext.getCurrentInstance().validationFailed();
  }
}
