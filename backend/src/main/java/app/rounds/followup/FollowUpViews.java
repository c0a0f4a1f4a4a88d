package app.rounds.followup;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import app.rounds.attendee.AttendeeProfileResponse;
import app.rounds.attendee.ProfileDirectory;

/** Turns task rows into responses, reading the counterparts' and the owner's profiles once per page. */
@ApplicationScoped
class FollowUpViews {

    private final ProfileDirectory profiles;
    private final FollowUpKinds kinds;
    private final Clock clock;

    FollowUpViews(ProfileDirectory profiles, FollowUpKinds kinds, Clock clock) {
        this.profiles = profiles;
        this.kinds = kinds;
        this.clock = clock;
    }

    List<FollowUpResponse> of(UUID owner, boolean ownerIsOrganizer, List<FollowUpRepository.Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<UUID> people = new ArrayList<>();
        people.add(owner);
        rows.forEach(row -> people.add(row.task().counterpartId()));
        Map<UUID, AttendeeProfileResponse> seen = profiles.visibleTo(owner, ownerIsOrganizer, people);
        Map<String, FollowUpKind> byCode = kinds.all().stream().collect(Collectors.toMap(FollowUpKind::code, Function.identity()));
        Instant now = clock.instant();
        return rows.stream().map(row -> {
            FollowUpKind kind = byCode.get(row.task().kind());
            AttendeeProfileResponse colleague = seen.get(row.task().counterpartId());
            var counterpart = new FollowUpResponse.Counterpart(row.task().counterpartId(),
                    colleague == null ? "A former connection" : colleague.fullName());
            EmailDraft draft = kind.isEmail() ? EmailDraft.of(row.eventTitle(), colleague, seen.get(owner)) : null;
            return FollowUpResponse.of(row, kind, counterpart, draft, now);
        }).toList();
    }

    FollowUpResponse of(UUID owner, boolean ownerIsOrganizer, FollowUpRepository.Row row) {
        return of(owner, ownerIsOrganizer, List.of(row)).get(0);
    }
}
