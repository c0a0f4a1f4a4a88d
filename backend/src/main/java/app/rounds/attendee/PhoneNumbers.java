package app.rounds.attendee;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

import app.rounds.common.error.InvalidInput;

/** Reads a cell number however it was typed and keeps it in E.164 (+14105550123), the one form that dials anywhere. */
@ApplicationScoped
public class PhoneNumbers {

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
    /** Numbers that cannot reach one person directly. */
    private static final Set<PhoneNumberType> NOT_PERSONAL = EnumSet.of(PhoneNumberType.TOLL_FREE,
            PhoneNumberType.PREMIUM_RATE, PhoneNumberType.SHARED_COST, PhoneNumberType.UAN, PhoneNumberType.PAGER,
            PhoneNumberType.VOICEMAIL);

    private final String defaultRegion;

    @Inject
    PhoneNumbers(ProfileConfig config) {
        this(config.defaultPhoneRegion());
    }

    PhoneNumbers(String defaultRegion) {
        String region = defaultRegion.strip().toUpperCase(Locale.ROOT);
        if (!PHONES.getSupportedRegions().contains(region)) {
            throw new IllegalStateException("rounds.profile.default-phone-region is not a known region: " + defaultRegion);
        }
        this.defaultRegion = region;
    }

    public String toE164(String typed) {
        PhoneNumber number;
        try {
            number = PHONES.parse(typed, defaultRegion);
        } catch (NumberParseException e) {
            throw new InvalidInput("cellNumber", "is not a phone number; write it as you would dial it, with +country code"
                    + " when outside " + defaultRegion);
        }
        if (!PHONES.isValidNumber(number)) {
            throw new InvalidInput("cellNumber", "is not a valid phone number; check the digits and the +country code");
        }
        if (number.hasExtension() || NOT_PERSONAL.contains(PHONES.getNumberType(number))) {
            throw new InvalidInput("cellNumber", "must be a number that reaches you directly (no extension, toll-free"
                    + " or premium-rate number)");
        }
        return PHONES.format(number, PhoneNumberUtil.PhoneNumberFormat.E164);
    }
}
