package dev.compoundfer.ejb.security;

import dev.compoundfer.ejb.experiment.InvalidParameterException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * PBKDF2 hashes of passwords through the container's {@link Pbkdf2PasswordHash}. The parameters below apply to new
 * hashes only: verification reads them from the stored hash (pitfalls.md section 7), so they can be raised later.
 */
@Dependent
public class PasswordHashing {
  /** Shorter passwords are refused. */
  public static final int MIN_LENGTH = 12;

  // OWASP's 2023 figure for PBKDF2-HMAC-SHA512; about 0.3 s per hash here, which is why UserDirectoryBean caches.
  private static final Map<String, String> PARAMETERS = Map.of(
      "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
      "Pbkdf2PasswordHash.Iterations", "210000",
      "Pbkdf2PasswordHash.SaltSizeBytes", "32",
      "Pbkdf2PasswordHash.KeySizeBytes", "64");

  @Inject private Pbkdf2PasswordHash hash;

  @PostConstruct
  void configure() {
    hash.initialize(PARAMETERS);
  }

  /** The hash to store, after checking the password is long enough. */
  public String hash(char[] password) {
    if (password == null || password.length < MIN_LENGTH) {
      throw new InvalidParameterException("password", "password must have at least " + MIN_LENGTH + " characters");
    }
    return hash.generate(password);
  }

  public boolean verify(char[] password, String storedHash) {
    return hash.verify(password, storedHash);
  }
}
