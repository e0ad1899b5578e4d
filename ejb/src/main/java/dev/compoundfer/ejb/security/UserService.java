package dev.compoundfer.ejb.security;

import jakarta.ejb.Local;
import java.util.List;
import java.util.Set;

/** Admins manage the users: create them with roles, change passwords, delete them. */
@Local
public interface UserService {
  /**
   * @throws dev.compoundfer.ejb.experiment.InvalidParameterException for a bad or taken name, a short password or
   *     an unknown role
   */
  UserView create(String username, char[] password, Set<String> roles);

  List<UserView> list();

  UserView changePassword(String username, char[] password);

  /** Refuses to delete the last administrator, which would lock everybody out. */
  void delete(String username);
}
