package app.rounds.account;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** Someone who signs in: an attendee, an organizer, or both. */
@Entity
@Table(name = "account")
public class Account {

    @Id
    private UUID id;

    @Column(nullable = false, unique = true, length = 254)
    private String email;

    @Column(nullable = false)
    private String passwordHash;

    @Column(nullable = false, length = 120)
    private String displayName;

    @Convert(converter = RolesConverter.class)
    @Column(nullable = false, length = 100)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(nullable = false)
    private Instant createdAt;

    /** When its owner proved the address theirs (followed a mailed link); until then the account may not reach out. */
    private Instant emailVerifiedAt;

    @Version
    private long version;

    protected Account() {
    }

    private Account(String email, String passwordHash, String displayName, Set<Role> roles, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.email = normalizeEmail(email);
        this.passwordHash = passwordHash;
        this.displayName = displayName.strip();
        this.roles = EnumSet.copyOf(roles);
        this.createdAt = createdAt;
    }

    public static Account attendee(String email, String passwordHash, String displayName, Instant now) {
        return new Account(email, passwordHash, displayName, EnumSet.of(Role.ATTENDEE), now);
    }

    /** The configured organizer: its address comes from whoever runs the service, so it counts as verified. */
    public static Account organizer(String email, String passwordHash, String displayName, Instant now) {
        Account organizer = new Account(email, passwordHash, displayName, EnumSet.of(Role.ORGANIZER), now);
        organizer.verifyEmail(now);
        return organizer;
    }

    /** Emails compare case-insensitively, so they are stored in one case. */
    public static String normalizeEmail(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    void replaceRoles(Set<Role> newRoles) {
        if (newRoles.isEmpty()) {
            throw new IllegalArgumentException("An account keeps at least one role");
        }
        this.roles = EnumSet.copyOf(newRoles);
    }

    void changePasswordHash(String newHash) {
        this.passwordHash = newHash;
    }

    /** Idempotent: the first proof counts. */
    void verifyEmail(Instant now) {
        if (emailVerifiedAt == null) {
            emailVerifiedAt = now;
        }
    }

    public boolean isEmailVerified() {
        return emailVerifiedAt != null;
    }

    public UUID id() {
        return id;
    }

    public String email() {
        return email;
    }

    String passwordHash() {
        return passwordHash;
    }

    public String displayName() {
        return displayName;
    }

    public Set<Role> roles() {
        return EnumSet.copyOf(roles.isEmpty() ? EnumSet.noneOf(Role.class) : roles);
    }

    public Instant createdAt() {
        return createdAt;
    }
}
