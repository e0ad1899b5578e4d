package dev.compoundfer.ejb.security;

import java.util.Set;

/**
 * The application's roles, in one place: identity-store groups, web.xml constraints, {@code @RolesAllowed} on REST
 * resources and session beans all use these names (a user's groups map to roles of the same name).
 */
public final class Roles {
  /** Everything: experiments, schedules, models, users, inference. */
  public static final String ADMIN = "fer-admin";

  /** Reads experiments, schedules and models, and downloads reports; changes nothing. */
  public static final String MANAGER = "fer-manager";

  /** Inference only: a program that sends images to be recognised. */
  public static final String CLIENT = "fer-client";

  public static final Set<String> ALL = Set.of(ADMIN, MANAGER, CLIENT);

  /** The user name of the administrator created at first start. */
  public static final String FIRST_ADMIN = "admin";

  private Roles() {}
}
