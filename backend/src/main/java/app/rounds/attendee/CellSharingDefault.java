package app.rounds.attendee;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a physician does with their cell number when a new connection is made: ask each time, always or never share. */
@Schema(name = "CellSharingDefault")
public enum CellSharingDefault {
    ASK,
    ALWAYS,
    NEVER
}
