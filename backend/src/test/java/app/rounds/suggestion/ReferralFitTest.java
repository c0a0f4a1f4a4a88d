package app.rounds.suggestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class ReferralFitTest {

    private final ReferralFit fit = new ReferralFit(SuggestionScorerTest.VOCABULARY, SuggestionScorerTest.RULES);

    @Test
    void aStarredCodeCoversTheSpecialtyAndEverySubspecialtyOfIt() {
        int familyMedicine = fit.indexOf("207Q00000X", null);
        assertThat(fit.refers(familyMedicine, fit.indexOf("207W00000X", null))).isTrue();
        assertThat(fit.refers(familyMedicine, fit.indexOf("207W00000X", "207WX0107X"))).isTrue();
    }

    @Test
    void aPlainCodeCoversOnlyAttendeesWithoutAMoreSpecificOne() {
        int cardiologist = fit.indexOf("207R00000X", "207RC0000X");
        assertThat(fit.refers(cardiologist, fit.indexOf("207W00000X", null))).isFalse();
        assertThat(fit.refers(fit.indexOf("207R00000X", null), cardiologist)).isTrue();
    }

    @Test
    void referralsFlowOneWayUnlessARuleSaysOtherwise() {
        assertThat(fit.refers(fit.indexOf("207W00000X", null), fit.indexOf("152W00000X", null))).isFalse();
    }

    @Test
    void aSpecialtyNeverFitsItself() {
        var selfReferring = new ReferralFit(SuggestionScorerTest.VOCABULARY,
                List.of(new ReferralFit.Rule("among themselves", List.of("207W00000X*"), List.of("207W00000X*"))));
        int retina = selfReferring.indexOf("207W00000X", "207WX0107X");
        assertThat(selfReferring.refers(retina, retina)).isFalse();
        assertThat(selfReferring.refers(retina, selfReferring.indexOf("207W00000X", "207WX0110X"))).isTrue();
    }

    @Test
    void unknownCodesStopTheStartAndUnknownAttendeesFitNothing() {
        assertThatThrownBy(() -> new ReferralFit(SuggestionScorerTest.VOCABULARY,
                List.of(new ReferralFit.Rule("typo", List.of("207Q0000X"), List.of("207W00000X")))))
                .hasMessageContaining("207Q0000X");
        assertThat(fit.indexOf("999999999X", null)).isEqualTo(-1);
        assertThat(fit.refers(-1, fit.indexOf("207W00000X", null))).isFalse();
    }
}
