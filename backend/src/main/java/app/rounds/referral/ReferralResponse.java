package app.rounds.referral;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import app.rounds.common.paging.PageRequest;

@Schema(name = "ReferralReport")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReferralResponse(@Schema(required = true) UUID id,
                               @Schema(required = true) UUID connectionId,
                               @Schema(required = true, example = "2026-11") String month,
                               @Schema(required = true) int count,
                               @Schema(required = true) ReferralDirection direction,
                               String procedureTag,
                               @Schema(required = true) OffsetDateTime createdAt) {

    static ReferralResponse of(ReferralReport report) {
        return new ReferralResponse(report.id(), report.connectionId(), report.month().toString(), report.count(),
                report.direction(), report.procedureTag(), report.createdAt().atOffset(ZoneOffset.UTC));
    }

    @Schema(name = "ReferralReportPage")
    public record Page(@Schema(required = true) List<ReferralResponse> items, @Schema(description = PageRequest.NEXT_CURSOR) String nextCursor,
                       @Schema(required = true, description = "The procedure tags a new report may name") List<String> procedureTags) {
    }
}
