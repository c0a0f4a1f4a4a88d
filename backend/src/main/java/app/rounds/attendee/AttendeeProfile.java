package app.rounds.attendee;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A physician's public face: who they are, what they want referred and what not, and how to reach them, each
 * contact field with its own visibility. One per account; it only ever changes as a whole.
 */
@Entity
@Table(name = "attendee_profile")
public class AttendeeProfile {

    @Id
    private UUID accountId;

    @Column(nullable = false, length = 120)
    private String fullName;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    private List<String> credentials = new ArrayList<>();

    @Column(nullable = false, length = 10)
    private String specialtyCode;

    @Column(length = 10)
    private String subspecialtyCode;

    @Column(length = 160)
    private String practiceName;

    @Column(length = 120)
    private String city;

    @Column(length = 10)
    private String npi;

    @Column(length = 1000)
    private String bio;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    private List<String> wantsReferred = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    private List<String> doesNotTake = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    private List<String> refersOut = new ArrayList<>();

    @Column(length = 254)
    private String email;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Visibility emailVisibility;

    @Column(length = 16)
    private String cellNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Visibility cellNumberVisibility;

    @Column(length = 300)
    private String linkedinUrl;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Visibility linkedinUrlVisibility;

    @Column(length = 300)
    private String websiteUrl;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Visibility websiteUrlVisibility;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CellSharingDefault cellSharingDefault;

    @Column(nullable = false)
    private boolean sharesContactWithIntegrations;

    @Column(nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected AttendeeProfile() {
    }

    static AttendeeProfile create(UUID accountId, ProfileDetails details, Instant now) {
        AttendeeProfile profile = new AttendeeProfile();
        profile.accountId = accountId;
        profile.createdAt = now;
        profile.replaceWith(details, now);
        return profile;
    }

    void replaceWith(ProfileDetails details, Instant now) {
        fullName = details.fullName();
        credentials = new ArrayList<>(details.credentials().stream().map(Credential::name).toList());
        specialtyCode = details.specialtyCode();
        subspecialtyCode = details.subspecialtyCode();
        practiceName = details.practiceName();
        city = details.city();
        npi = details.npi();
        bio = details.bio();
        wantsReferred = new ArrayList<>(details.wantsReferred());
        doesNotTake = new ArrayList<>(details.doesNotTake());
        refersOut = new ArrayList<>(details.refersOut());
        email = details.email();
        cellNumber = details.cellNumber();
        linkedinUrl = details.linkedinUrl();
        websiteUrl = details.websiteUrl();
        emailVisibility = details.visibility().email();
        cellNumberVisibility = details.visibility().cellNumber();
        linkedinUrlVisibility = details.visibility().linkedinUrl();
        websiteUrlVisibility = details.visibility().websiteUrl();
        cellSharingDefault = details.cellSharingDefault();
        sharesContactWithIntegrations = details.sharesContactWithIntegrations();
        updatedAt = now;
    }

    public UUID accountId() {
        return accountId;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    ProfileDetails details() {
        return new ProfileDetails(fullName, credentials.stream().map(Credential::valueOf).toList(), specialtyCode,
                subspecialtyCode, practiceName, city, npi, bio, wantsReferred, doesNotTake, refersOut, email, cellNumber,
                linkedinUrl, websiteUrl, new ContactVisibilities(emailVisibility, cellNumberVisibility,
                linkedinUrlVisibility, websiteUrlVisibility), cellSharingDefault, sharesContactWithIntegrations);
    }
}
