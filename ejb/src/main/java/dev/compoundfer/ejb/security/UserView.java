package dev.compoundfer.ejb.security;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Set;

/** A user as admins see it: never the password or its hash. */
public record UserView(String username, Set<String> roles, LocalDateTime createdAt) implements Serializable {}
