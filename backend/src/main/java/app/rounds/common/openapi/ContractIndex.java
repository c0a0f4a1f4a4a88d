package app.rounds.common.openapi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What the served contract says each path offers: its methods (for a 405's {@code Allow}) and the media types of each
 * operation's successful responses (for a 406). Read from the document SmallRye OpenAPI generates at build time,
 * which {@code OpenApiContractTest} keeps equal to openapi.yaml, so there is one source of truth.
 */
@ApplicationScoped
public class ContractIndex {

    private static final String GENERATED_DOCUMENT = "META-INF/quarkus-generated-openapi-doc.JSON";
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    private volatile List<PathEntry> paths;

    /** The methods of the most specific contract paths matching this request path; empty if none matches. */
    public Set<String> allowedMethods(String requestPath) {
        return mostSpecific(requestPath).map(PathEntry::methods).orElse(Set.of());
    }

    /** The media types the operation answers with when it succeeds; empty if the contract does not know it. */
    public Set<String> offeredMediaTypes(String requestPath, String method) {
        return mostSpecific(requestPath).map(entry -> entry.produces().getOrDefault(method.toUpperCase(Locale.ROOT), Set.of()))
                .orElse(Set.of());
    }

    private Optional<PathEntry> mostSpecific(String requestPath) {
        return entries().stream().filter(entry -> entry.pattern().matcher(requestPath).matches())
                .min(Comparator.comparingInt(PathEntry::variables));
    }

    private List<PathEntry> entries() {
        if (paths == null) {
            paths = read();
        }
        return paths;
    }

    private static List<PathEntry> read() {
        try (InputStream document = Thread.currentThread().getContextClassLoader().getResourceAsStream(GENERATED_DOCUMENT)) {
            if (document == null) {
                return List.of();
            }
            List<PathEntry> entries = new ArrayList<>();
            new ObjectMapper().readTree(document).path("paths").fields().forEachRemaining(path -> entries.add(entry(path.getKey(), path.getValue())));
            return List.copyOf(entries);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the generated contract", e);
        }
    }

    private static PathEntry entry(String template, JsonNode item) {
        Set<String> methods = new TreeSet<>();
        Map<String, Set<String>> produces = new LinkedHashMap<>();
        item.fields().forEachRemaining(field -> {
            if (!METHODS.contains(field.getKey())) {
                return;
            }
            String method = field.getKey().toUpperCase(Locale.ROOT);
            methods.add(method);
            Set<String> types = new TreeSet<>();
            field.getValue().path("responses").fields().forEachRemaining(response -> {
                if (response.getKey().startsWith("2")) {
                    response.getValue().path("content").fieldNames().forEachRemaining(types::add);
                }
            });
            produces.put(method, types);
        });
        String[] parts = template.split("\\{[^}]+}", -1);
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            regex.append(Pattern.quote(parts[i]));
            if (i < parts.length - 1) {
                regex.append("[^/]+");
            }
        }
        return new PathEntry(Pattern.compile(regex.toString()), parts.length - 1, methods, produces);
    }

    private record PathEntry(Pattern pattern, int variables, Set<String> methods, Map<String, Set<String>> produces) {
    }
}
