package app.rounds.attendee;

/**
 * A US National Provider Identifier: ten digits whose last is a Luhn check digit computed over the other nine
 * prefixed with 80840 (the NPI's card issuer prefix), as CMS specifies.
 */
public final class Npi {

    private static final String ISSUER_PREFIX = "80840";

    private Npi() {
    }

    public static boolean isValid(String npi) {
        if (npi == null || npi.length() != 10 || !npi.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        return checkDigit(ISSUER_PREFIX + npi.substring(0, 9)) == npi.charAt(9) - '0';
    }

    /** Luhn: from the right, every other digit starting with the rightmost is doubled (its digits summed). */
    private static int checkDigit(String payload) {
        int sum = 0;
        boolean doubled = true;
        for (int i = payload.length() - 1; i >= 0; i--) {
            int digit = payload.charAt(i) - '0';
            if (doubled) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            doubled = !doubled;
        }
        return (10 - sum % 10) % 10;
    }
}
