package app.rounds.suggestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import app.rounds.attendee.Specialty;
import app.rounds.suggestion.Reason.Kind;

class SuggestionScorerTest {

    static final List<Specialty> VOCABULARY = List.of(
            new Specialty("207Q00000X", "Family Medicine", "Physician", null, List.of()),
            new Specialty("207R00000X", "Internal Medicine", "Physician", null, List.of()),
            new Specialty("207RC0000X", "Cardiovascular Disease", "Physician", "207R00000X", List.of()),
            new Specialty("207W00000X", "Ophthalmology", "Physician", null, List.of()),
            new Specialty("207WX0110X", "Pediatric Ophthalmology and Strabismus Specialist", "Physician", "207W00000X", List.of()),
            new Specialty("207WX0107X", "Retina Specialist", "Physician", "207W00000X", List.of()),
            new Specialty("152W00000X", "Optometrist", "Optometrist", null, List.of()));
    static final List<ReferralFit.Rule> RULES = List.of(
            new ReferralFit.Rule("primary care", List.of("207Q00000X", "207R00000X"), List.of("207RC0000X", "207W00000X*")),
            new ReferralFit.Rule("optometry", List.of("152W00000X"), List.of("207W00000X*")));

    private final ReferralFit fit = new ReferralFit(VOCABULARY, RULES);
    private final SuggestionScorer scorer = new SuggestionScorer(fit);
    private final Interner words = new Interner();

    @Test
    void refersOutMatchingWantsCountsInBothDirectionsWithReasons() {
        var viewer = person("Dr. Ava Ortiz", "207W00000X", null, "Baltimore",
                List.of("pediatric strabismus"), List.of(), List.of("cataract surgery"));
        var candidate = person("Dr. Ben Cho", "207W00000X", null, "Boston",
                List.of("cataract surgery"), List.of(), List.of("pediatric strabismus"));

        var match = scorer.explain(viewer, candidate, words);

        assertThat(match.score()).isEqualTo(2 * SuggestionScorer.TAG_MATCH);
        assertThat(match.reasons()).extracting(Reason::text).containsExactly(
                "You refer out cataract surgery; they want it referred",
                "They refer out pediatric strabismus, which you take");
        assertThat(match.reasons()).extracting(Reason::kind).containsExactly(Kind.REFERS_TO_THEM, Kind.REFERS_TO_YOU);
        assertThat(match.reasons()).extracting(Reason::tag).containsExactly("cataract surgery", "pediatric strabismus");
    }

    @Test
    void aTagTheReceiverDoesNotTakeNeverCountsEvenIfAlsoWanted() {
        var viewer = person("Dr. Ava Ortiz", "207Q00000X", null, null, List.of(), List.of(), List.of("cataract surgery"));
        var candidate = person("Dr. Ben Cho", "207R00000X", null, null,
                List.of("cataract surgery"), List.of("cataract surgery"), List.of());

        var match = scorer.explain(viewer, candidate, words);

        assertThat(match.score()).isZero();
        assertThat(match.reasons()).isEmpty();
    }

    @Test
    void specialtyFitCountsInBothDirectionsAndNamesBothSpecialties() {
        var optometrist = person("Dr. Ava Ortiz", "152W00000X", null, null, List.of(), List.of(), List.of());
        var retina = person("Dr. Ben Cho", "207W00000X", "207WX0107X", null, List.of(), List.of(), List.of());

        var sends = scorer.explain(optometrist, retina, words);
        var receives = scorer.explain(retina, optometrist, words);

        assertThat(sends.score()).isEqualTo(SuggestionScorer.SPECIALTY_FIT);
        assertThat(sends.reasons()).extracting(Reason::kind, Reason::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Kind.SPECIALTY_REFERS_TO_THEM,
                        "Optometrist often refers patients to Retina Specialist"));
        assertThat(receives.reasons()).extracting(Reason::kind).containsExactly(Kind.SPECIALTY_REFERS_TO_YOU);
    }

    @Test
    void specialtyFitIsWithdrawnWhenTheReceiverRefusesSomethingTheSenderRefersOut() {
        var familyDoctor = person("Dr. Ava Ortiz", "207Q00000X", null, null, List.of(), List.of(), List.of("cataract surgery"));
        var ophthalmologist = person("Dr. Ben Cho", "207W00000X", null, null, List.of(), List.of("cataract surgery"), List.of());

        assertThat(scorer.score(familyDoctor, ophthalmologist)).isZero();
    }

    @Test
    void theSubspecialtyDecidesTheFitSoACardiologistIsNotTreatedAsAnInternist() {
        var cardiologist = person("Dr. Ava Ortiz", "207R00000X", "207RC0000X", null, List.of(), List.of(), List.of());
        var ophthalmologist = person("Dr. Ben Cho", "207W00000X", null, null, List.of(), List.of(), List.of());
        var internist = person("Dr. Cy Dunn", "207R00000X", null, null, List.of(), List.of(), List.of());

        assertThat(scorer.score(cardiologist, ophthalmologist)).isZero();
        assertThat(scorer.score(internist, ophthalmologist)).isEqualTo(SuggestionScorer.SPECIALTY_FIT);
    }

    @Test
    void sameCityAddsToAReferralReasonButIsNeverAReasonAlone() {
        var viewer = person("Dr. Ava Ortiz", "207W00000X", null, "Baltimore", List.of(), List.of(), List.of("cataract surgery"));
        var peer = person("Dr. Ben Cho", "207W00000X", null, "baltimore ", List.of(), List.of(), List.of());
        var surgeon = person("Dr. Cy Dunn", "207W00000X", null, "BALTIMORE", List.of("cataract surgery"), List.of(), List.of());

        assertThat(scorer.explain(viewer, peer, words).score()).isZero();
        var match = scorer.explain(viewer, surgeon, words);
        assertThat(match.score()).isEqualTo(SuggestionScorer.TAG_MATCH + SuggestionScorer.SAME_CITY);
        assertThat(match.reasons()).extracting(Reason::text).endsWith("Both of you practice in Baltimore");
    }

    @Test
    void aPairScoresTheSameFromEitherSideAndItsReasonsNameBothAttendees() {
        var first = person("Dr. Ava Ortiz", "207Q00000X", null, "Boston", List.of("hypertension"), List.of(), List.of("retinal detachment"));
        var second = person("Dr. Ben Cho", "207W00000X", "207WX0107X", "Boston", List.of("retinal detachment"), List.of(), List.of("hypertension"));

        var pair = scorer.explainPair(first, second, words);

        assertThat(scorer.score(first, second)).isEqualTo(scorer.score(second, first)).isEqualTo(pair.score());
        assertThat(pair.reasons()).extracting(Reason::text).containsExactly(
                "Dr. Ava Ortiz refers out retinal detachment; Dr. Ben Cho wants it referred",
                "Dr. Ben Cho refers out hypertension, which Dr. Ava Ortiz takes",
                "Family Medicine often refers patients to Retina Specialist",
                "Both practice in Boston");
    }

    @Test
    void scoreAloneEqualsTheExplainedScore() {
        var a = person("Dr. Ava Ortiz", "152W00000X", null, "Boston", List.of("dry eye"), List.of("glaucoma"), List.of("glaucoma", "cataract surgery"));
        var b = person("Dr. Ben Cho", "207W00000X", null, "Boston", List.of("glaucoma", "cataract surgery"), List.of("dry eye"), List.of("dry eye"));

        assertThat(scorer.score(a, b)).isEqualTo(scorer.explain(a, b, words).score()).isEqualTo(3 * SuggestionScorer.TAG_MATCH + SuggestionScorer.SPECIALTY_FIT + SuggestionScorer.SAME_CITY);
        assertThat(scorer.score(b, a)).isEqualTo(scorer.explain(b, a, words).score());
    }

    private AttendeeFacts person(String name, String specialty, String subspecialty, String city,
                                 List<String> wants, List<String> doesNotTake, List<String> refersOut) {
        return AttendeeFacts.of(UUID.randomUUID(), name, fit.indexOf(specialty, subspecialty), city, wants, doesNotTake, refersOut, words);
    }
}
