package app.rounds.common.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Iterator;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ShortCodesTest {

    @Test
    void newCodesAreTenCharactersOfCrockfordBase32() {
        for (int i = 0; i < 1000; i++) {
            assertThat(ShortCodes.newCode()).hasSize(10).matches("[0-9A-HJKMNP-TV-Z]{10}");
        }
    }

    @Test
    void typedCodesAreNormalisedAsCrockfordIntends() {
        assertThat(ShortCodes.normalise("7k3qd-9xwmb")).contains("7K3QD9XWMB");
        assertThat(ShortCodes.normalise(" 7K3QD 9XWMB ")).contains("7K3QD9XWMB");
        assertThat(ShortCodes.normalise("ILoo0-12345")).contains("11000" + "12345");
        assertThat(ShortCodes.normalise("il0O1-abcde")).contains("11001ABCDE");
    }

    @Test
    void whatCannotBeACodeIsRefused() {
        assertThat(ShortCodes.normalise("7K3QD-9XWMU")).isEmpty();
        assertThat(ShortCodes.normalise("7K3QD9XWM")).isEmpty();
        assertThat(ShortCodes.normalise("7K3QD9XWMBB")).isEmpty();
        assertThat(ShortCodes.normalise("7K3QD_9XWMB")).isEmpty();
        assertThat(ShortCodes.normalise(SecretTokens.newToken())).isEmpty();
        assertThat(ShortCodes.normalise(null)).isEmpty();
    }

    @Test
    void aTakenCodeIsDrawnAgain() {
        Iterator<String> draws = List.of("AAAAAAAAAA", "BBBBBBBBBB", "CCCCCCCCCC").iterator();
        Set<String> taken = Set.of("AAAAAAAAAA", "BBBBBBBBBB");

        assertThat(ShortCodes.unusedCode(taken::contains, draws::next)).isEqualTo("CCCCCCCCCC");
    }

    @Test
    void aGeneratorThatOnlyCollidesFailsInsteadOfLooping() {
        assertThatThrownBy(() -> ShortCodes.unusedCode(code -> true, () -> "AAAAAAAAAA"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void codesAreShownInTwoGroupsOfFive() {
        assertThat(ShortCodes.grouped("7K3QD9XWMB")).isEqualTo("7K3QD-9XWMB");
    }
}
