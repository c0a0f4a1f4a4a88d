package app.rounds.suggestion;

import java.util.ArrayList;
import java.util.List;

import app.rounds.suggestion.Reason.Kind;

/**
 * Scores how worth meeting two attendees are, and says why. Pure: no database, no CDI, the same answer every time.
 *
 * <p>For a sender S and a receiver R (both directions are scored, so the score of a pair is symmetric):
 * <ul>
 * <li>each tag S refers out that R wants referred counts {@value #TAG_MATCH}, unless R also lists it as "does not
 * take" — a refusal always wins over a want;</li>
 * <li>when S's specialty commonly refers to R's ({@link ReferralFit}) it counts {@value #SPECIALTY_FIT}, unless R
 * does not take something S refers out: then the cases S actually sends include ones R refuses, and a generic
 * specialty pattern must not suggest them;</li>
 * <li>practising in the same city (ignoring case) adds {@value #SAME_CITY}, but only on top of a referral reason:
 * everyone at a city's event shares its city, which alone is no reason to meet.</li>
 * </ul>
 * A score of 0 means "do not suggest".
 */
public final class SuggestionScorer {

    static final int TAG_MATCH = 10;
    static final int SPECIALTY_FIT = 3;
    static final int SAME_CITY = 2;

    private final ReferralFit fit;

    public SuggestionScorer(ReferralFit fit) {
        this.fit = fit;
    }

    /** A score with its reasons, strongest first. */
    public record Match(int score, List<Reason> reasons) {
    }

    /** The score alone, for ranking many candidates; equal to {@code explain(...).score()}. */
    public int score(AttendeeFacts viewer, AttendeeFacts candidate) {
        return evaluate(viewer, candidate, null);
    }

    /** The viewer's reasons to meet the candidate, addressed to the viewer ("you", "they"). */
    public Match explain(AttendeeFacts viewer, AttendeeFacts candidate, Interner words) {
        Reasons reasons = new Reasons(viewer, candidate, words, Voice.SECOND_PERSON);
        return new Match(evaluate(viewer, candidate, reasons), reasons.list);
    }

    /** Reasons for an organizer, naming both attendees; the first attendee plays the viewer's part. */
    public Match explainPair(AttendeeFacts first, AttendeeFacts second, Interner words) {
        Reasons reasons = new Reasons(first, second, words, Voice.THIRD_PERSON);
        return new Match(evaluate(first, second, reasons), reasons.list);
    }

    private int evaluate(AttendeeFacts viewer, AttendeeFacts candidate, Reasons reasons) {
        int score = TAG_MATCH * acceptedReferrals(viewer, candidate, Kind.REFERS_TO_THEM, reasons)
                + TAG_MATCH * acceptedReferrals(candidate, viewer, Kind.REFERS_TO_YOU, reasons);
        if (specialtyFits(viewer, candidate)) {
            score += SPECIALTY_FIT;
            if (reasons != null) {
                reasons.fit(Kind.SPECIALTY_REFERS_TO_THEM, viewer.specialty(), candidate.specialty());
            }
        }
        if (specialtyFits(candidate, viewer)) {
            score += SPECIALTY_FIT;
            if (reasons != null) {
                reasons.fit(Kind.SPECIALTY_REFERS_TO_YOU, candidate.specialty(), viewer.specialty());
            }
        }
        if (score > 0 && viewer.city() >= 0 && viewer.city() == candidate.city()) {
            score += SAME_CITY;
            if (reasons != null) {
                reasons.city();
            }
        }
        return score;
    }

    /** How many tags the sender refers out that the receiver wants and does not refuse (both arrays sorted). */
    private static int acceptedReferrals(AttendeeFacts sender, AttendeeFacts receiver, Kind kind, Reasons reasons) {
        int[] out = sender.refersOut();
        int[] wanted = receiver.wantsReferred();
        int count = 0;
        for (int i = 0, j = 0; i < out.length && j < wanted.length; ) {
            if (out[i] < wanted[j]) {
                i++;
            } else if (out[i] > wanted[j]) {
                j++;
            } else {
                if (!Interner.contains(receiver.doesNotTake(), out[i])) {
                    count++;
                    if (reasons != null) {
                        reasons.tag(kind, out[i]);
                    }
                }
                i++;
                j++;
            }
        }
        return count;
    }

    private boolean specialtyFits(AttendeeFacts sender, AttendeeFacts receiver) {
        return fit.refers(sender.specialty(), receiver.specialty()) && !intersects(sender.refersOut(), receiver.doesNotTake());
    }

    private static boolean intersects(int[] a, int[] b) {
        for (int i = 0, j = 0; i < a.length && j < b.length; ) {
            if (a[i] == b[j]) {
                return true;
            }
            if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return false;
    }

    private enum Voice { SECOND_PERSON, THIRD_PERSON }

    /** Collects reasons in plain words while {@link #evaluate} scores, so words and score never disagree. */
    private final class Reasons {

        private final AttendeeFacts first;
        private final AttendeeFacts second;
        private final Interner words;
        private final Voice voice;
        private final List<Reason> list = new ArrayList<>();

        Reasons(AttendeeFacts first, AttendeeFacts second, Interner words, Voice voice) {
            this.first = first;
            this.second = second;
            this.words = words;
            this.voice = voice;
        }

        void tag(Kind kind, int tagId) {
            String tag = words.word(tagId);
            String text = switch (voice) {
                case SECOND_PERSON -> kind == Kind.REFERS_TO_THEM
                        ? "You refer out " + tag + "; they want it referred"
                        : "They refer out " + tag + ", which you take";
                case THIRD_PERSON -> kind == Kind.REFERS_TO_THEM
                        ? first.fullName() + " refers out " + tag + "; " + second.fullName() + " wants it referred"
                        : second.fullName() + " refers out " + tag + ", which " + first.fullName() + " takes";
            };
            list.add(new Reason(kind, text, tag));
        }

        void fit(Kind kind, int from, int to) {
            list.add(new Reason(kind, fit.name(from) + " often refers patients to " + fit.name(to), null));
        }

        void city() {
            list.add(new Reason(Kind.SAME_CITY, (voice == Voice.SECOND_PERSON ? "Both of you practice in " : "Both practice in ")
                    + first.cityName(), null));
        }
    }
}
