package app.rounds.attendee;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import app.rounds.account.Account;
import app.rounds.account.AccountService;
import app.rounds.common.error.Conflict;
import app.rounds.common.error.InvalidInput;
import app.rounds.common.persistence.UniqueViolation;

/** Reading and saving one's own profile; every rule is checked before anything is written. */
@ApplicationScoped
public class ProfileService {

    private final ProfileRepository profiles;
    private final AccountService accounts;
    private final SpecialtyVocabulary vocabulary;
    private final PhoneNumbers phoneNumbers;
    private final jakarta.enterprise.event.Event<ProfileChanged> changes;
    private final PhotoStore photos;
    private final Clock clock;

    ProfileService(ProfileRepository profiles, AccountService accounts, SpecialtyVocabulary vocabulary,
                   PhoneNumbers phoneNumbers, jakarta.enterprise.event.Event<ProfileChanged> changes, PhotoStore photos,
                   Clock clock) {
        this.photos = photos;
        this.profiles = profiles;
        this.accounts = accounts;
        this.vocabulary = vocabulary;
        this.phoneNumbers = phoneNumbers;
        this.changes = changes;
        this.clock = clock;
    }

    /** The saved profile, or before the first save the defaults to start from. */
    @Transactional
    public MyProfileResponse mine(UUID accountId) {
        String photoVersion = photos.version(accountId).orElse(null);
        return profiles.findByIdOptional(accountId)
                .map(saved -> MyProfileResponse.of(saved, photoVersion, vocabulary))
                .orElseGet(() -> MyProfileResponse.defaultsFor(accounts.require(accountId), photoVersion));
    }

    /** Replaces the account's whole profile (creating it the first time); the same request twice changes nothing more. */
    @Transactional
    public MyProfileResponse save(UUID accountId, @Valid @NotNull ProfileRequest request) {
        ProfileDetails details = checked(request);
        Account account = accounts.require(accountId);
        var existing = profiles.findByIdOptional(account.id());
        AttendeeProfile profile = existing.orElseGet(() -> AttendeeProfile.create(account.id(), details, clock.instant()));
        if (existing.isPresent()) {
            profile.replaceWith(details, clock.instant());
        }
        try {
            profiles.persistAndFlush(profile);
        } catch (OptimisticLockException e) {
            throw concurrentSave();
        } catch (PersistenceException e) {
            if (UniqueViolation.of(e, "attendee_profile_pkey")) {
                throw concurrentSave();
            }
            throw e;
        }
        changes.fire(new ProfileChanged(account.id()));
        return MyProfileResponse.of(profile, photos.version(account.id()).orElse(null), vocabulary);
    }

    private ProfileDetails checked(ProfileRequest request) {
        Specialty specialty = vocabulary.requireSpecialty(request.specialtyCode().strip());
        String subspecialtyCode = optional(request.subspecialtyCode());
        if (subspecialtyCode != null) {
            vocabulary.requireSubspecialtyOf(specialty, subspecialtyCode);
        }
        String npi = optional(request.npi());
        if (npi != null && !Npi.isValid(npi)) {
            throw new InvalidInput("npi", "must be a 10-digit NPI whose last digit checks out; copy it from the NPI registry");
        }
        List<String> wantsReferred = Tags.normaliseAll("wantsReferred", request.wantsReferred());
        List<String> doesNotTake = Tags.normaliseAll("doesNotTake", request.doesNotTake());
        List<String> refersOut = Tags.normaliseAll("refersOut", request.refersOut());
        String email = optional(request.email());
        String cellNumber = optional(request.cellNumber());
        String linkedinUrl = optional(request.linkedinUrl());
        String websiteUrl = optional(request.websiteUrl());
        return new ProfileDetails(request.fullName().strip(), request.credentials().stream().distinct().toList(),
                specialty.code(), subspecialtyCode, optional(request.practiceName()), optional(request.city()), npi,
                optional(request.bio()), wantsReferred, doesNotTake, refersOut,
                email == null ? null : email.toLowerCase(Locale.ROOT),
                cellNumber == null ? null : phoneNumbers.toE164(cellNumber),
                linkedinUrl == null ? null : ContactLinks.linkedIn(linkedinUrl),
                websiteUrl == null ? null : ContactLinks.website(websiteUrl),
                request.visibility() == null ? ContactVisibilities.DEFAULTS : request.visibility(),
                request.cellSharingDefault() == null ? CellSharingDefault.ASK : request.cellSharingDefault(),
                Boolean.TRUE.equals(request.shareContactWithIntegrations()));
    }

    private static String optional(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static Conflict concurrentSave() {
        return new Conflict("The profile was saved from elsewhere at the same moment; load it and save again");
    }
}
