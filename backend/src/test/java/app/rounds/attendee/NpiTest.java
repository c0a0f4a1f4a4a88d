package app.rounds.attendee;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NpiTest {

    @Test
    void npiWithCorrectCheckDigitIsValid() {
        assertThat(Npi.isValid("1234567893")).isTrue();
    }

    @Test
    void npiWithWrongCheckDigitIsInvalid() {
        assertThat(Npi.isValid("1234567890")).isFalse();
    }

    @Test
    void everyOtherCheckDigitOfAValidNpiIsRefused() {
        for (char digit = '0'; digit <= '9'; digit++) {
            assertThat(Npi.isValid("123456789" + digit)).as("check digit %s", digit).isEqualTo(digit == '3');
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "123456789", "12345678931", "12345678a3", "1234-67893", " 1234567893", "１２３４５６７８９３"})
    void anythingButTenAsciiDigitsIsInvalid(String npi) {
        assertThat(Npi.isValid(npi)).isFalse();
    }

    @Test
    void nullIsInvalid() {
        assertThat(Npi.isValid(null)).isFalse();
    }
}
