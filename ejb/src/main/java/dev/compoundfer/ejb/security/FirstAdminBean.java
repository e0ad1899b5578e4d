package dev.compoundfer.ejb.security;

import dev.compoundfer.persistence.security.AppUser;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Base64;
import java.util.Set;
import java.util.logging.Logger;

/**
 * There is no default password. At the first start (no administrator in the database) this creates the user
 * {@value Roles#FIRST_ADMIN} with a random password, stores only its hash, and writes the clear text to a file that
 * only the server's OS user can read; {@code ./fer} prints that file once and deletes it.
 *
 * <p>For automated tests the password can be given instead ({@value #PASSWORD_PROPERTY} as a system property, or
 * the environment variable {@value #PASSWORD_ENV}); then no file is written.
 */
@Singleton
@Startup
public class FirstAdminBean {
  static final String PASSWORD_PROPERTY = "fer.admin.initial-password";
  static final String PASSWORD_ENV = "FER_ADMIN_INITIAL_PASSWORD";
  static final String FILE_PROPERTY = "fer.admin.password-file";
  /** Inside the domain's config folder, which only the server's OS user can read anyway. */
  static final String FILE_NAME = "fer-initial-admin-password";

  private static final Logger LOG = Logger.getLogger(FirstAdminBean.class.getName());

  @PersistenceContext private EntityManager em;
  @Inject private PasswordHashing hashing;

  @PostConstruct
  void createFirstAdmin() {
    long admins = em.createNamedQuery("AppUser.withRole", Long.class)
        .setParameter("role", Roles.ADMIN)
        .getSingleResult();
    if (admins > 0) {
      return;
    }
    String given = System.getProperty(PASSWORD_PROPERTY, System.getenv(PASSWORD_ENV));
    char[] password = given != null ? given.toCharArray() : generated();
    try {
      em.persist(new AppUser(Roles.FIRST_ADMIN, hashing.hash(password), Set.of(Roles.ADMIN), LocalDateTime.now()));
      if (given != null) {
        LOG.info("Created the administrator '" + Roles.FIRST_ADMIN + "' with the password given by "
            + PASSWORD_PROPERTY + " or " + PASSWORD_ENV);
      } else {
        Path file = passwordFile();
        write(file, password);
        LOG.info("Created the administrator '" + Roles.FIRST_ADMIN + "' with a generated password, written once to "
            + file + " (./fer prints and deletes it)");
      }
    } finally {
      Arrays.fill(password, '\0');
    }
  }

  /** 144 random bits as 24 URL-safe characters: nothing to escape in a shell or an HTTP Basic header. */
  private static char[] generated() {
    byte[] bytes = new byte[18];
    new SecureRandom().nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes).toCharArray();
  }

  static Path passwordFile() {
    String configured = System.getProperty(FILE_PROPERTY);
    if (configured != null) {
      return Path.of(configured);
    }
    String instanceRoot = System.getProperty("com.sun.aas.instanceRoot", System.getProperty("java.io.tmpdir"));
    return Path.of(instanceRoot, "config", FILE_NAME);
  }

  /** Creates the file readable by its owner only (never briefly readable by others), replacing an old one. */
  static void write(Path file, char[] password) {
    try {
      Files.createDirectories(file.getParent());
      Files.deleteIfExists(file);
      Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        out.write(password);
        out.write('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException("The first administrator's password could not be written to " + file, e);
    }
  }
}
