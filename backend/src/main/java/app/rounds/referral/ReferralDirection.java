package app.rounds.referral;

/** Whether the author sent patients to the connection or received them from it. */
public enum ReferralDirection {
    SENT,
    RECEIVED
}
