package app.rounds.referral;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import app.rounds.common.error.InvalidInput;

/** Counts and a month, never patient data: how many referrals went which way between the author and a connection. */
@Entity
@Table(name = "referral_report")
public class ReferralReport {

    static final int MAX_COUNT = 500;
    private static final YearMonth EARLIEST = YearMonth.of(2000, 1);

    @Id
    private UUID id;
    private UUID authorId;
    private UUID connectionId;
    private LocalDate month;
    @Column(name = "referral_count")
    private int count;
    @Enumerated(EnumType.STRING)
    private ReferralDirection direction;
    private String procedureTag;
    private Instant createdAt;

    protected ReferralReport() {
    }

    /** The month may not lie ahead of {@code currentMonth}; the tag has been checked against the allowed ones. */
    static ReferralReport record(UUID author, UUID connectionId, YearMonth month, YearMonth currentMonth, int count,
                                 ReferralDirection direction, String procedureTag, Instant now) {
        if (month.isAfter(currentMonth)) {
            throw new InvalidInput("month", "cannot be in the future");
        }
        if (month.isBefore(EARLIEST)) {
            throw new InvalidInput("month", "must be " + EARLIEST + " or later");
        }
        if (count < 1 || count > MAX_COUNT) {
            throw new InvalidInput("count", "must be between 1 and " + MAX_COUNT);
        }
        ReferralReport report = new ReferralReport();
        report.id = UUID.randomUUID();
        report.authorId = author;
        report.connectionId = connectionId;
        report.month = month.atDay(1);
        report.count = count;
        report.direction = direction;
        report.procedureTag = procedureTag;
        report.createdAt = now;
        return report;
    }

    public UUID id() { return id; }
    public UUID connectionId() { return connectionId; }
    public YearMonth month() { return YearMonth.from(month); }
    public int count() { return count; }
    public ReferralDirection direction() { return direction; }
    public String procedureTag() { return procedureTag; }
    public Instant createdAt() { return createdAt; }
}
