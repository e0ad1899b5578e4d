package dev.compoundfer.persistence.security;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A user of the console and the REST API. Only a PBKDF2 hash of the password is stored (the hash string carries its
 * own algorithm, iterations and salt); the roles are the application's role names.
 */
@Entity
@Table(name = "APP_USER")
@NamedQuery(name = "AppUser.byName", query = "SELECT u FROM AppUser u WHERE u.username = :username")
@NamedQuery(name = "AppUser.all", query = "SELECT u FROM AppUser u ORDER BY u.username")
@NamedQuery(name = "AppUser.withRole", query = "SELECT COUNT(u) FROM AppUser u WHERE :role MEMBER OF u.roles")
public class AppUser {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "appUserSeq")
  @SequenceGenerator(name = "appUserSeq", sequenceName = "APP_USER_SEQ", allocationSize = 50)
  private Long id;

  @Column(nullable = false, unique = true, length = 64)
  private String username;

  @Column(nullable = false, length = 512)
  private String passwordHash;

  // Eager: the identity store needs the roles on every authentication, outside any transaction.
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "APP_USER_ROLE", joinColumns = @JoinColumn(name = "USER_ID"))
  @Column(name = "ROLE_NAME", nullable = false, length = 32)
  private Set<String> roles = new TreeSet<>();

  @Column(nullable = false)
  private LocalDateTime createdAt;

  protected AppUser() {}

  public AppUser(String username, String passwordHash, Set<String> roles, LocalDateTime createdAt) {
    this.username = Objects.requireNonNull(username, "username");
    this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
    this.roles = new TreeSet<>(roles);
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
  }

  public Long getId() {
    return id;
  }

  public String getUsername() {
    return username;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public void changePasswordHash(String passwordHash) {
    this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
  }

  public Set<String> getRoles() {
    return Set.copyOf(roles);
  }

  public void changeRoles(Set<String> roles) {
    this.roles.clear();
    this.roles.addAll(roles);
  }

  public LocalDateTime getCreatedAt() {
    return createdAt;
  }
}
