package app.rounds.bulk;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * An RFC 4180 CSV writer (CRLF line ends, quotes only where needed) whose text cells cannot become formulas: a cell
 * that a spreadsheet would read as one (it starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a
 * carriage return) is written with a leading apostrophe, as OWASP advises against CSV injection.
 */
final class SpreadsheetSafeCsv implements AutoCloseable {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(ZoneOffset.UTC);

    private final CSVPrinter printer;

    SpreadsheetSafeCsv(OutputStream out, String... header) {
        try {
            this.printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), CSVFormat.RFC4180);
            printer.printRecord((Object[]) header);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One record; strings are neutralised, instants written as RFC 3339 in UTC, null as an empty cell. */
    void row(Object... cells) {
        List<String> written = new ArrayList<>(cells.length);
        for (Object cell : cells) {
            written.add(cell == null ? "" : cell instanceof Instant instant ? TIME.format(instant) : neutralised(cell.toString()));
        }
        try {
            printer.printRecord(written);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String neutralised(String cell) {
        if (cell.isEmpty()) {
            return cell;
        }
        return switch (cell.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + cell;
            default -> cell;
        };
    }

    /** Sends what is written so far, so a long export reaches the client page by page. */
    void flush() {
        try {
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Flushes what is left; the response's stream stays for the server to close. */
    @Override
    public void close() {
        flush();
    }
}
