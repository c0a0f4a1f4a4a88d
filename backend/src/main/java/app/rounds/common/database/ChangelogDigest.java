package app.rounds.common.database;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SHA-256 over the master changelog and every file it includes, in order: any edit, addition or reordering of a
 * changeset gives another digest.
 */
final class ChangelogDigest {

    private static final Pattern INCLUDED_FILE = Pattern.compile("(?m)^\\s*file:\\s*(\\S+)\\s*$");

    private ChangelogDigest() {
    }

    static String of(String masterChangelog) {
        MessageDigest sha256 = sha256();
        byte[] master = read(masterChangelog);
        sha256.update(master);
        Matcher includes = INCLUDED_FILE.matcher(new String(master, StandardCharsets.UTF_8));
        while (includes.find()) {
            sha256.update(includes.group(1).getBytes(StandardCharsets.UTF_8));
            sha256.update(read(includes.group(1)));
        }
        return HexFormat.of().formatHex(sha256.digest());
    }

    private static byte[] read(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Changelog file " + resource + " is not on the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
