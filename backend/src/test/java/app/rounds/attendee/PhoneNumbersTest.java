package app.rounds.attendee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import app.rounds.common.error.InvalidInput;

class PhoneNumbersTest {

    private final PhoneNumbers us = new PhoneNumbers("US");

    @ParameterizedTest
    @ValueSource(strings = {"(410) 555-0123", "410-555-0123", "410.555.0123", "+1 410 555 0123", "1 (410) 555 0123"})
    void usNumberTypedAnyWayIsStoredInE164(String typed) {
        assertThat(us.toE164(typed)).isEqualTo("+14105550123");
    }

    @Test
    void numberWithCountryCodeKeepsItsCountry() {
        assertThat(us.toE164("+44 7911 123456")).isEqualTo("+447911123456");
        assertThat(us.toE164("+1 514 555 0142")).isEqualTo("+15145550142");
    }

    @Test
    void defaultRegionAppliesToNumbersWithoutCountryCode() {
        assertThat(new PhoneNumbers("GB").toE164("07911 123456")).isEqualTo("+447911123456");
    }

    @ParameterizedTest
    @ValueSource(strings = {"not a phone", "12345", "+1 410 555", "(410) 555-0123 ext. 7", "+1 800 555 0199", "+1 900 555 0100"})
    void unusableNumbersNameTheCellNumberField(String typed) {
        assertThatThrownBy(() -> us.toE164(typed)).isInstanceOf(InvalidInput.class).extracting("field").isEqualTo("cellNumber");
    }

    @Test
    void unknownDefaultRegionStopsTheStart() {
        assertThatThrownBy(() -> new PhoneNumbers("XX")).isInstanceOf(IllegalStateException.class);
    }
}
