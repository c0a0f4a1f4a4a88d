package app.rounds.demo;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import app.rounds.account.Account;
import app.rounds.account.AccountRepository;
import app.rounds.account.AccountService;
import app.rounds.attendee.CellSharingDefault;
import app.rounds.attendee.ContactVisibilities;
import app.rounds.attendee.Credential;
import app.rounds.attendee.ProfileRequest;
import app.rounds.attendee.ProfileService;
import app.rounds.attendee.Visibility;
import app.rounds.event.CreateEventRequest;
import app.rounds.event.Event;
import app.rounds.event.EventRepository;
import app.rounds.event.EventService;
import app.rounds.registration.RegistrationService;
import app.rounds.registration.RegistrationService.Caller;
import io.quarkus.runtime.StartupEvent;

/**
 * Fills a fresh dev database with synthetic physicians, events past and upcoming in several cities, their
 * registrations and introductions, so a newcomer sees a living product. Runs only when {@code rounds.demo-data.enabled} (dev's
 * default); accounts are added when missing, events only into a database that has none.
 */
@Singleton
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class);
    static final String PASSWORD = "demo-password-2026";
    private static final List<String[]> GREETERS = List.of(
            new String[] {"amara.okafor@demo.rounds.test", "Dr. Amara Okafor"},
            new String[] {"julien.tremblay@demo.rounds.test", "Dr. Julien Tremblay"},
            new String[] {"priya.raman@demo.rounds.test", "Dr. Priya Raman"});
    /**
     * The greeters' profiles, in {@link #GREETERS} order, chosen to match the Boston mixer's cardiologists and family
     * physicians both ways, so "Whom to meet" has reasons on a first try.
     */
    private static final List<ProfileRequest> GREETER_PROFILES = List.of(
            greeter("Dr. Amara Okafor", Credential.DO, "207Q00000X", null, "Back Bay Family Medicine", "Boston",
                    List.of("preventive care", "chronic disease management", "sleep apnea"),
                    List.of("obstetrics"), List.of("atrial fibrillation", "heart failure", "cataract surgery")),
            greeter("Dr. Julien Tremblay", Credential.MD, "207R00000X", "207RC0000X", "Tremblay Heart Clinic", "Boston",
                    List.of("atrial fibrillation", "heart failure"), List.of("pediatric cardiology"),
                    List.of("sleep apnea", "chronic disease management")),
            greeter("Dr. Priya Raman", Credential.MD, "207W00000X", "207WX0009X", "Charles River Eye Institute", "Boston",
                    List.of("cataract surgery", "glaucoma"), List.of("pediatric strabismus"),
                    List.of("diabetic retinopathy", "preventive care")));

    private final AccountService accounts;
    private final AccountRepository accountRepository;
    private final ProfileService profiles;
    private final EventService events;
    private final EventRepository eventRepository;
    private final RegistrationService registrations;
    private final DemoIntroductions demoIntroductions;

    DemoData(AccountService accounts, AccountRepository accountRepository, ProfileService profiles, EventService events,
             EventRepository eventRepository, RegistrationService registrations, DemoIntroductions demoIntroductions) {
        this.accounts = accounts;
        this.accountRepository = accountRepository;
        this.profiles = profiles;
        this.events = events;
        this.eventRepository = eventRepository;
        this.registrations = registrations;
        this.demoIntroductions = demoIntroductions;
    }

    /** After AdminBootstrap: the demo events belong to the configured organizer. */
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 100) StartupEvent start,
                 @ConfigProperty(name = "rounds.demo-data.enabled") boolean enabled,
                 @ConfigProperty(name = "rounds.admin.email") Optional<String> adminEmail) {
        if (!enabled) {
            return;
        }
        List<UUID> greeters = GREETERS.stream().map(greeter -> ensureAttendee(greeter[0], greeter[1])).toList();
        for (int i = 0; i < greeters.size(); i++) {
            // Written once: whoever tries the demo may change their profile, and a restart keeps it.
            if (!profiles.mine(greeters.get(i)).complete()) {
                profiles.save(greeters.get(i), GREETER_PROFILES.get(i));
            }
        }
        List<DemoPhysicians.Physician> physicians = DemoPhysicians.all();
        List<UUID> physicianIds = new ArrayList<>();
        for (DemoPhysicians.Physician physician : physicians) {
            UUID id = ensureAttendee(physician.email(), physician.fullName());
            profiles.save(id, profileOf(physician));
            physicianIds.add(id);
        }
        Optional<Account> organizer = adminEmail.flatMap(accountRepository::findByEmail);
        if (organizer.isPresent() && eventRepository.count() == 0) {
            seedEvents(organizer.get().id(), physicians, physicianIds, greeters);
        }
        printAccounts(adminEmail);
    }

    private void seedEvents(UUID organizerId, List<DemoPhysicians.Physician> physicians, List<UUID> ids, List<UUID> greeters) {
        Caller organizer = new Caller(organizerId, true);
        OffsetDateTime today = OffsetDateTime.now(ZoneOffset.UTC).withHour(22).withMinute(0).withSecond(0).withNano(0);

        Event past = publish(event("Baltimore Eye & Vision Evening", "Baltimore", "America/New_York", today.minusDays(40), 40,
                "207W00000X"), organizerId);
        List<UUID> pastRegistrations = registerCity(past, "Baltimore", physicians, ids, organizer);
        pastRegistrations.subList(0, pastRegistrations.size() * 3 / 4)
                .forEach(registration -> registrations.checkIn(past.id(), null, null, registration));
        events.complete(past.id());

        Event boston = publish(event("Boston Cardiology & Primary Care Mixer", "Boston", "America/New_York", today.plusDays(12), 40,
                "207R00000X"), organizerId);
        registerCity(boston, "Boston", physicians, ids, organizer);
        greeters.forEach(greeter -> registrations.register(boston.id(), greeter, organizer));

        Event full = publish(event("Montreal Musculoskeletal Referral Night", "Montreal", "America/Toronto", today.plusDays(6), 10,
                "207X00000X"), organizerId);
        registerCity(full, "Montreal", physicians, ids, organizer);
        demoIntroductions.seed(organizerId, boston.id(), greeters, inCity("Boston", physicians, ids),
                full.id(), inCity("Montreal", physicians, ids).subList(0, 10));

        publish(event("Washington Women's Health Roundtable", "Washington", "America/New_York", today.plusDays(25), 60,
                "207V00000X"), organizerId);
        events.create(event("Los Angeles Skin & Allergy Brunch", "Los Angeles", "America/Los_Angeles", today.plusDays(45), 30,
                "207N00000X"), organizerId);
    }

    private List<UUID> registerCity(Event event, String city, List<DemoPhysicians.Physician> physicians, List<UUID> ids,
                                    Caller organizer) {
        List<UUID> registered = new ArrayList<>();
        for (int i = 0; i < physicians.size(); i++) {
            if (physicians.get(i).city().name().equals(city)) {
                registered.add(registrations.register(event.id(), ids.get(i), organizer).registration().id());
            }
        }
        return registered;
    }

    private static List<UUID> inCity(String city, List<DemoPhysicians.Physician> physicians, List<UUID> ids) {
        List<UUID> found = new ArrayList<>();
        for (int i = 0; i < physicians.size(); i++) {
            if (physicians.get(i).city().name().equals(city)) {
                found.add(ids.get(i));
            }
        }
        return found;
    }

    private Event publish(CreateEventRequest request, UUID organizerId) {
        return events.publish(events.create(request, organizerId).id());
    }

    private static CreateEventRequest event(String title, String city, String zone, OffsetDateTime startUtc, int capacity,
                                            String specialtyFocus) {
        OffsetDateTime start = startUtc.atZoneSameInstant(ZoneId.of(zone)).withHour(18).toOffsetDateTime();
        return new CreateEventRequest(title,
                "An evening for physicians who want to meet the colleagues they refer to. Short introductions, then open"
                        + " conversation; light refreshments.",
                city, "The Atrium", "200 Harbor Street, " + city, zone, start, start.plusHours(3), capacity,
                start.minusDays(60), start.minusHours(2), specialtyFocus, 5);
    }

    private UUID ensureAttendee(String email, String displayName) {
        return accountRepository.findByEmail(email).map(Account::id)
                .orElseGet(() -> accounts.createAttendee(email, PASSWORD, displayName).id());
    }

    private static ProfileRequest greeter(String fullName, Credential credential, String specialtyCode, String subspecialtyCode,
                                          String practiceName, String city, List<String> wantsReferred,
                                          List<String> doesNotTake, List<String> refersOut) {
        return new ProfileRequest(fullName, List.of(credential), specialtyCode, subspecialtyCode, practiceName, city, null,
                "Demo attendee: log in as me to try Rounds.", wantsReferred, doesNotTake, refersOut, null, null, null, null,
                new ContactVisibilities(Visibility.CONNECTIONS, Visibility.CONNECTIONS, Visibility.EVENT_ATTENDEES,
                        Visibility.EVENT_ATTENDEES), CellSharingDefault.ASK, false);
    }

    private static ProfileRequest profileOf(DemoPhysicians.Physician physician) {
        DemoPhysicians.Persona persona = physician.persona();
        return new ProfileRequest(physician.fullName(), List.of(persona.credential()), persona.specialtyCode(),
                persona.subspecialtyCode(), physician.city().name() + " " + persona.practiceKind(), physician.city().name(),
                null, "Synthetic demo physician. Happy to take the cases listed and to send the ones I don't treat.",
                persona.wantsReferred(), persona.doesNotTake(), persona.refersOut(), physician.email(),
                physician.cellNumber(), null, null,
                new ContactVisibilities(Visibility.CONNECTIONS, Visibility.CONNECTIONS, Visibility.EVENT_ATTENDEES,
                        Visibility.EVENT_ATTENDEES), CellSharingDefault.ASK, false);
    }

    private static void printAccounts(Optional<String> adminEmail) {
        StringBuilder banner = new StringBuilder("\n--- Rounds demo accounts (dev only) ---\n");
        adminEmail.ifPresent(email -> banner.append("  organizer: ").append(email)
                .append(" (password: ROUNDS_ADMIN_PASSWORD, 'rounds-admin-password' unless set)\n"));
        GREETERS.forEach(greeter -> banner.append("  attendee:  ").append(greeter[0]).append(" / ").append(PASSWORD).append('\n'));
        banner.append("  and ").append(DemoPhysicians.all().size()).append(" physicians *@demo.rounds.test / ").append(PASSWORD).append('\n');
        LOG.info(banner);
    }
}
