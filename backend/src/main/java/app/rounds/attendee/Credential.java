package app.rounds.attendee;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A professional degree or licence shown after a name. */
@Schema(name = "Credential")
public enum Credential {
    MD,
    DO,
    MBBS,
    DDS,
    DMD,
    OD,
    DPM,
    PA,
    NP,
    DNP,
    PHD,
    MPH,
    MBA
}
