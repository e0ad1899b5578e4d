package dev.compoundfer.ejb.security;

import dev.compoundfer.ejb.experiment.InvalidParameterException;
import dev.compoundfer.persistence.security.AppUser;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** User administration, for administrators only. Passwords are hashed at once and never returned or logged. */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.MANAGER, Roles.CLIENT})
@RolesAllowed(Roles.ADMIN)
public class UserServiceBean implements UserService {
  // No ':' (HTTP Basic separates name and password with it), no spaces, nothing a log or a URL would mangle.
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1,64}");

  @PersistenceContext private EntityManager em;
  @Inject private PasswordHashing hashing;
  @EJB private UserDirectory directory;

  @Override
  public UserView create(String username, char[] password, Set<String> roles) {
    if (username == null || !NAME.matcher(username).matches()) {
      throw new InvalidParameterException("username", "username must be 1 to 64 letters, digits, '.', '_' or '-'");
    }
    if (find(username).isPresent()) {
      throw new InvalidParameterException("username", "A user named " + username + " exists already");
    }
    AppUser user = new AppUser(username, hashing.hash(password), checked(roles), LocalDateTime.now());
    em.persist(user);
    return view(user);
  }

  @Override
  public List<UserView> list() {
    return em.createNamedQuery("AppUser.all", AppUser.class).getResultList().stream()
        .map(UserServiceBean::view)
        .toList();
  }

  @Override
  public UserView changePassword(String username, char[] password) {
    AppUser user = require(username);
    user.changePasswordHash(hashing.hash(password));
    directory.forget(username);
    return view(user);
  }

  @Override
  public void delete(String username) {
    AppUser user = require(username);
    if (user.getRoles().contains(Roles.ADMIN) && admins() == 1) {
      throw new InvalidParameterException("username", username + " is the last administrator and cannot be deleted");
    }
    em.remove(user);
    directory.forget(username);
  }

  private long admins() {
    return em.createNamedQuery("AppUser.withRole", Long.class).setParameter("role", Roles.ADMIN).getSingleResult();
  }

  private static Set<String> checked(Set<String> roles) {
    if (roles == null || roles.isEmpty()) {
      throw new InvalidParameterException("roles", "roles must name at least one of " + new TreeSet<>(Roles.ALL));
    }
    for (String role : roles) {
      if (!Roles.ALL.contains(role)) {
        throw new InvalidParameterException("roles", "Unknown role " + role + "; roles are " + new TreeSet<>(Roles.ALL));
      }
    }
    return roles;
  }

  private Optional<AppUser> find(String username) {
    return em.createNamedQuery("AppUser.byName", AppUser.class)
        .setParameter("username", username)
        .getResultStream()
        .findFirst();
  }

  private AppUser require(String username) {
    return find(username).orElseThrow(() -> new InvalidParameterException("username", "No user is named " + username));
  }

  private static UserView view(AppUser user) {
    return new UserView(user.getUsername(), new TreeSet<>(user.getRoles()), user.getCreatedAt());
  }
}
