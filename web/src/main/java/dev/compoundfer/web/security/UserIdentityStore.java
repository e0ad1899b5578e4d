package dev.compoundfer.web.security;

import dev.compoundfer.ejb.security.UserDirectory;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;

/**
 * The users of the application database (entity {@code AppUser}), checked by {@link UserDirectory}.
 *
 * <p>A small store over JPA rather than {@code @DatabaseIdentityStoreDefinition}: the user table stays defined
 * once, by the entity (no SQL that must follow the generated schema), hashing and checking share one configured
 * {@code Pbkdf2PasswordHash}, and the check can remember recent successes, which HTTP Basic needs (a PBKDF2 check
 * per REST call would cost a few hundred milliseconds each).
 */
@ApplicationScoped
public class UserIdentityStore implements IdentityStore {
  @EJB private UserDirectory directory;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof UsernamePasswordCredential login)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    return directory.verify(login.getCaller(), login.getPassword().getValue())
        .map(roles -> new CredentialValidationResult(login.getCaller(), Set.copyOf(roles)))
        .orElse(CredentialValidationResult.INVALID_RESULT);
  }
}
