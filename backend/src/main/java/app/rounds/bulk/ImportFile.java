package app.rounds.bulk;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import app.rounds.account.Account;
import app.rounds.common.error.InvalidInput;
import app.rounds.common.error.Unprocessable;
import app.rounds.common.error.UnsupportedContent;

/**
 * Reads an uploaded attendee list: strict UTF-8 (a byte-order mark is skipped), RFC 4180 with a header row, the
 * mapped columns found by name (case and surrounding spaces ignored). Whatever is wrong with the file as a whole is
 * refused before anything is imported; what is wrong with one row becomes that row's reason to be skipped.
 */
final class ImportFile {

    /** The longest name an account takes (first and last name with a space between). */
    private static final int MAX_NAME = 120;
    private static final int MAX_EMAIL = 254;
    private static final int MAX_STORED = 200;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private ImportFile() {
    }

    /** Which columns hold what; each field is the name of the request parameter that can change it. */
    record ColumnMapping(String firstName, String lastName, String email) {

        /** Eventbrite's attendee export. */
        static final ColumnMapping EVENTBRITE = new ColumnMapping("First Name", "Last Name", "Email");

        static ColumnMapping of(String firstName, String lastName, String email) {
            return new ColumnMapping(orDefault(firstName, EVENTBRITE.firstName), orDefault(lastName, EVENTBRITE.lastName),
                    orDefault(email, EVENTBRITE.email));
        }

        private static String orDefault(String column, String fallback) {
            return column == null || column.isBlank() ? fallback : column.strip();
        }
    }

    /** A data row; {@code row} counts as a spreadsheet does (the header is row 1). {@code problem} is why it is skipped. */
    record ParsedRow(int row, String firstName, String lastName, String email, String problem) {

        String displayName() {
            return (firstName + " " + lastName).strip();
        }
    }

    /** Hands each data row to {@code sink} in file order; returns how many there were. */
    static int read(byte[] content, ColumnMapping mapping, int maxRows, Consumer<ParsedRow> sink) {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
                .setAllowMissingColumnNames(true).setDuplicateHeaderMode(org.apache.commons.csv.DuplicateHeaderMode.ALLOW_ALL)
                .get();
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (CSVParser parser = format.parse(new InputStreamReader(withoutByteOrderMark(new ByteArrayInputStream(content)),
                decoder))) {
            List<String> header = parser.getHeaderNames();
            if (header.isEmpty()) {
                throw new InvalidInput("file", "The file is empty; it needs a header row naming its columns");
            }
            int first = column(header, mapping.firstName(), "firstNameColumn");
            int last = column(header, mapping.lastName(), "lastNameColumn");
            int email = column(header, mapping.email(), "emailColumn");
            Map<String, Integer> firstRowOfEmail = new HashMap<>();
            int rows = 0;
            for (CSVRecord record : parser) {
                rows++;
                if (rows > maxRows) {
                    throw new Unprocessable("The file has more than " + maxRows + " rows; split it into several files");
                }
                sink.accept(parse((int) record.getRecordNumber() + 1, cell(record, first), cell(record, last),
                        cell(record, email), firstRowOfEmail));
            }
            if (rows == 0) {
                throw new InvalidInput("file", "The file has a header row but no rows to import");
            }
            return rows;
        } catch (IOException | UncheckedIOException e) {
            throw refusal(e);
        }
    }

    private static ParsedRow parse(int row, String firstName, String lastName, String email,
                                   Map<String, Integer> firstRowOfEmail) {
        String problem = null;
        String name = (firstName + " " + lastName).strip();
        if (email.isEmpty()) {
            problem = "No email address";
        } else if (email.length() > MAX_EMAIL || !EMAIL.matcher(email).matches()) {
            problem = "\"" + shortened(email, 60) + "\" is not an email address";
        } else if (name.isEmpty()) {
            problem = "No name";
        } else if (name.length() > MAX_NAME) {
            problem = "The name is longer than " + MAX_NAME + " characters";
        } else {
            Integer earlier = firstRowOfEmail.putIfAbsent(Account.normalizeEmail(email), row);
            if (earlier != null) {
                problem = "The same email address as row " + earlier;
            }
        }
        return new ParsedRow(row, shortened(firstName, MAX_STORED), shortened(lastName, MAX_STORED),
                shortened(email, MAX_STORED), problem);
    }

    private static int column(List<String> header, String wanted, String parameter) {
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i) != null && header.get(i).strip().equalsIgnoreCase(wanted)) {
                return i;
            }
        }
        throw new InvalidInput(parameter, "The file has no column \"" + wanted + "\"; its columns are "
                + String.join(", ", header.stream().map(name -> "\"" + shortened(name, 40) + "\"").limit(30).toList())
                + ". Map the column that holds it, or rename the column");
    }

    private static String cell(CSVRecord record, int index) {
        return index < record.size() ? record.get(index).strip() : "";
    }

    private static String shortened(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    private static RuntimeException refusal(Exception e) {
        Throwable cause = e;
        while (cause != null) {
            if (cause instanceof CharacterCodingException) {
                return new UnsupportedContent("The file is not UTF-8 text; in your spreadsheet, save it as \"CSV UTF-8\""
                        + " and upload it again");
            }
            if (cause instanceof org.apache.commons.csv.CSVException) {
                return new InvalidInput("file", "The file is not valid CSV: " + cause.getMessage());
            }
            cause = cause.getCause();
        }
        return new InvalidInput("file", "The file could not be read: " + Optional.ofNullable(e.getMessage()).orElse("unknown error"));
    }

    private static InputStream withoutByteOrderMark(InputStream in) throws IOException {
        PushbackInputStream pushback = new PushbackInputStream(in, 3);
        byte[] start = pushback.readNBytes(3);
        boolean bom = start.length == 3 && (start[0] & 0xFF) == 0xEF && (start[1] & 0xFF) == 0xBB && (start[2] & 0xFF) == 0xBF;
        if (!bom && start.length > 0) {
            pushback.unread(start);
        }
        return pushback;
    }
}
