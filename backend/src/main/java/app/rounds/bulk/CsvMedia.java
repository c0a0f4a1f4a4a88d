package app.rounds.bulk;

/** The media type of CSV files in and out. */
final class CsvMedia {

    static final String CSV = "text/csv";
    static final String CSV_UTF8 = "text/csv; charset=utf-8";

    private CsvMedia() {
    }
}
