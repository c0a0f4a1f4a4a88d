package app.rounds.referral;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import app.rounds.common.error.InvalidInput;

@Schema(name = "ReferralReportRequest", description = "Counts only: never a patient's name, condition or anything about a patient")
public record ReferralRequest(
        @Schema(required = true, pattern = "^\\d{4}-\\d{2}$", example = "2026-11", description = "The month the referrals happened")
        @NotNull @Pattern(regexp = "^\\d{4}-\\d{2}$", message = "must be a month as YYYY-MM") String month,
        @Schema(required = true, minimum = "1", maximum = "500") @NotNull @Min(1) @Max(500) Integer count,
        @Schema(required = true) @NotNull ReferralDirection direction,
        @Schema(maxLength = 60, description = "One of GET .../referral-reports `procedureTags`")
        @Size(max = 60) String procedureTag) {

    static YearMonth month(String value) {
        try {
            return YearMonth.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidInput("month", "must be a month as YYYY-MM");
        }
    }
}
