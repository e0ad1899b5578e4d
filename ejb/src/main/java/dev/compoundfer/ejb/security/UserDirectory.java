package dev.compoundfer.ejb.security;

import jakarta.ejb.Local;
import java.util.Optional;
import java.util.Set;

/** What the identity store asks: does this password belong to this user, and what are the user's roles. */
@Local
public interface UserDirectory {
  /** The user's roles when the password matches, empty otherwise (unknown user or wrong password alike). */
  Optional<Set<String>> verify(String username, char[] password);

  /** Forgets what a successful check remembered of the user (after a password change or a deletion). */
  void forget(String username);
}
