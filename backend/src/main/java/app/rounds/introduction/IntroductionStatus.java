package app.rounds.introduction;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "IntroductionStatus", description = "PENDING until every party answered (or one declined); EXPIRED when"
        + " still unanswered a set time after the event ended")
public enum IntroductionStatus {
    PENDING,
    ACCEPTED,
    DECLINED,
    WITHDRAWN,
    EXPIRED
}
