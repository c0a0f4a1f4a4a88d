package app.rounds.attendee;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

import app.rounds.common.error.InvalidInput;

/**
 * Checks the web addresses a profile links to, so that only plain http(s) links to a real host (no scripts, no
 * credentials, no bare words) are ever rendered as links to other physicians.
 */
final class ContactLinks {

    private static final Pattern HOST = Pattern.compile("(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]");

    private ContactLinks() {
    }

    /** An https address on linkedin.com or one of its country subdomains, with a path to a page. */
    static String linkedIn(String raw) {
        String message = "must be an https link to a LinkedIn page, e.g. https://www.linkedin.com/in/your-name";
        URI uri = parse(raw, "linkedinUrl", message);
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        boolean onLinkedIn = host.equals("linkedin.com") || host.endsWith(".linkedin.com");
        boolean hasPage = uri.getRawPath() != null && uri.getRawPath().length() > 1;
        if (!"https".equalsIgnoreCase(uri.getScheme()) || !onLinkedIn || !hasPage) {
            throw new InvalidInput("linkedinUrl", message);
        }
        return raw;
    }

    static String website(String raw) {
        String message = "must be a web address starting with https:// or http://, e.g. https://www.example-practice.com";
        URI uri = parse(raw, "websiteUrl", message);
        if (!"https".equalsIgnoreCase(uri.getScheme()) && !"http".equalsIgnoreCase(uri.getScheme())) {
            throw new InvalidInput("websiteUrl", message);
        }
        return raw;
    }

    private static URI parse(String raw, String field, String message) {
        try {
            URI uri = new URI(raw);
            if (!uri.isAbsolute() || uri.isOpaque() || uri.getHost() == null || uri.getRawUserInfo() != null
                    || !HOST.matcher(uri.getHost().toLowerCase(Locale.ROOT)).matches()) {
                throw new InvalidInput(field, message);
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new InvalidInput(field, message);
        }
    }
}
