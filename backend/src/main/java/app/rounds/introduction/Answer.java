package app.rounds.introduction;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One party's answer to an introduction. */
@Schema(name = "IntroductionAnswer")
public enum Answer {
    ACCEPTED,
    DECLINED
}
