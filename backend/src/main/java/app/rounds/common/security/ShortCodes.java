package app.rounds.common.security;

import java.security.SecureRandom;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The typed fallback of a QR code: ten characters of Crockford's base32 (no I, L, O or U, so nothing reads as
 * another), 50 random bits. Short enough to read out at a door, and guessed only at the pace the typed-code throttle
 * allows. What people type is normalised the way Crockford intends: any case, I and L read as 1, O as 0, hyphens and
 * spaces ignored.
 */
public final class ShortCodes {

    public static final int LENGTH = 10;
    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    /** Enough that a run of collisions means a broken generator, not bad luck (each draw collides at ~2^-50 per code). */
    private static final int MAX_DRAWS = 8;
    private static final SecureRandom RANDOM = new SecureRandom();

    private ShortCodes() {
    }

    public static String newCode() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** A code not yet taken (say, at one event): draws again on a collision. */
    public static String unusedCode(Predicate<String> taken) {
        return unusedCode(taken, ShortCodes::newCode);
    }

    static String unusedCode(Predicate<String> taken, java.util.function.Supplier<String> draw) {
        for (int i = 0; i < MAX_DRAWS; i++) {
            String code = draw.get();
            if (!taken.test(code)) {
                return code;
            }
        }
        throw new IllegalStateException("Drew " + MAX_DRAWS + " taken short codes in a row");
    }

    /** The code as typed, in its canonical form, or empty when it cannot be one (wrong length, a U, punctuation). */
    public static Optional<String> normalise(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        StringBuilder code = new StringBuilder(LENGTH);
        for (char c : typed.toUpperCase(java.util.Locale.ROOT).toCharArray()) {
            char canonical = switch (c) {
                case '-', ' ' -> 0;
                case 'I', 'L' -> '1';
                case 'O' -> '0';
                default -> c;
            };
            if (canonical == 0) {
                continue;
            }
            if (ALPHABET.indexOf(canonical) < 0 || code.length() == LENGTH) {
                return Optional.empty();
            }
            code.append(canonical);
        }
        return code.length() == LENGTH ? Optional.of(code.toString()) : Optional.empty();
    }

    /** As shown to people: two groups of five, easier to read out. */
    public static String grouped(String code) {
        return code.substring(0, 5) + "-" + code.substring(5);
    }
}
