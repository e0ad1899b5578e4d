package dev.compoundfer.ejb.security;

import dev.compoundfer.persistence.security.AppUser;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks passwords against the stored PBKDF2 hashes for the identity store.
 *
 * <p>A REST client sends its password with every request (HTTP Basic), and one PBKDF2 check costs a few hundred
 * milliseconds by design. So a successful check is remembered for {@link #REMEMBER_NANOS} as a keyed HMAC of the
 * password (the key lives only in this JVM's memory); a wrong password, a changed password or a deleted user never
 * matches it.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll // anyone may try to log in: this is the login check itself
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class UserDirectoryBean implements UserDirectory {
  static final long REMEMBER_NANOS = 5L * 60 * 1_000_000_000;

  private record Remembered(byte[] passwordMac, Set<String> roles, long until) {}

  @PersistenceContext private EntityManager em;
  @Inject private PasswordHashing hashing;

  private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();
  private final byte[] macKey = new byte[32];
  private String decoyHash;

  @PostConstruct
  void init() {
    new SecureRandom().nextBytes(macKey);
    // Unknown users are checked against this, so a wrong name costs as long as a wrong password.
    char[] decoy = new char[PasswordHashing.MIN_LENGTH + 4];
    Arrays.fill(decoy, 'x');
    decoyHash = hashing.hash(decoy);
  }

  @Override
  public Optional<Set<String>> verify(String username, char[] password) {
    if (username == null || password == null) {
      return Optional.empty();
    }
    byte[] mac = mac(password);
    Remembered known = remembered.get(username);
    if (known != null && known.until - System.nanoTime() > 0 && MessageDigest.isEqual(known.passwordMac, mac)) {
      return Optional.of(known.roles);
    }
    Optional<AppUser> user = em.createNamedQuery("AppUser.byName", AppUser.class)
        .setParameter("username", username)
        .getResultStream()
        .findFirst();
    boolean valid = hashing.verify(password, user.map(AppUser::getPasswordHash).orElse(decoyHash));
    if (!valid || user.isEmpty()) {
      return Optional.empty();
    }
    Set<String> roles = user.get().getRoles();
    remembered.put(username, new Remembered(mac, roles, System.nanoTime() + REMEMBER_NANOS));
    return Optional.of(roles);
  }

  @Override
  public void forget(String username) {
    remembered.remove(username);
  }

  private byte[] mac(char[] password) {
    ByteBuffer bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
    try {
      Mac hmac = Mac.getInstance("HmacSHA256");
      hmac.init(new SecretKeySpec(macKey, "HmacSHA256"));
      hmac.update(bytes);
      return hmac.doFinal();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    } finally {
      Arrays.fill(bytes.array(), (byte) 0);
    }
  }
}
