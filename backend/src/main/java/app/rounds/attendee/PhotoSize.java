package app.rounds.attendee;

/** THUMB: a square of at most 256 pixels, centre-cropped; FULL: the whole photo, at most 1024 pixels on its longer side. */
public enum PhotoSize {
    THUMB,
    FULL
}
