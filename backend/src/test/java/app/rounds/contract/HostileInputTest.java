package app.rounds.contract;

import static app.rounds.support.Api.raw;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import app.rounds.support.TestData;
import app.rounds.support.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;

/**
 * Walks every operation of openapi.yaml and sends it malformed and hostile input (wrong types, missing fields,
 * huge strings, out-of-range numbers, bad ids, injection strings, bad tokens). Whatever the operation, the service
 * must answer without a 5xx, and every 4xx must be a problem+json. New operations are covered as they are added.
 */
@QuarkusTest
class HostileInputTest {

    private static final String HUGE = "x".repeat(100_000);
    private static final List<Object> HOSTILE_VALUES = List.of(
            "' OR '1'='1' --", "\"; DROP TABLE account; --", "<script>alert(1)</script>", "../../etc/passwd",
            "\u0000", "💉🩺", HUGE, "", -1, 0, Long.MAX_VALUE, new java.math.BigInteger("99999999999999999999999999"),
            -9.99e307, true, List.of(), Map.of("nested", Map.of("deep", "value")));
    /** Values a parser accepts but the database cannot store, for every date-time parameter and field. */
    private static final List<String> EXTREME_DATE_TIMES = List.of(
            "+999999999-01-01T00:00:00Z", "-999999999-01-01T00:00:00Z", "0000-01-01T00:00:00Z", "9999-12-31T23:59:59-18:00",
            "+10000-01-01T00:00:00Z", "-4714-11-24T00:00:00Z");
    /** Beyond int and long, for every integer parameter and field. */
    private static final List<Object> EXTREME_NUMBERS = List.of(
            2147483648L, -2147483649L, Long.MIN_VALUE, new java.math.BigInteger("-9223372036854775809"), 1.5,
            new java.math.BigDecimal("1e400"));
    private static final List<String> HOSTILE_IDS = List.of(
            "not-a-uuid", "00000000-0000-0000-0000-000000000000", UUID.randomUUID().toString(), "-1",
            "99999999999999999999", "%27%20OR%201%3D1", "a".repeat(2000));

    @TestFactory
    List<DynamicTest> everyOperationSurvivesHostileInput() throws Exception {
        OpenAPI contract = contract();
        Map<String, String> tokens = tokens();
        List<DynamicTest> tests = new ArrayList<>();
        contract.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) ->
                tests.add(DynamicTest.dynamicTest(method + " " + path,
                        () -> attack(method.name(), path, operation, tokens)))));
        assertThat(tests).isNotEmpty();
        return tests;
    }

    private void attack(String method, String path, Operation operation, Map<String, String> tokens) {
        Schema<?> body = requestSchema(operation);
        List<Runnable> attempts = new ArrayList<>();
        for (var token : tokens.entrySet()) {
            attempts.add(() -> expectGracefulRefusal(method, path, operation, token.getValue(), validBody(body), "token " + token.getKey()));
        }
        String strongest = tokens.get("organizer");
        for (String id : HOSTILE_IDS) {
            attempts.add(() -> send(method, fillPath(path, id), query(operation, id), strongest, validBody(body), "id " + abbreviate(id)));
        }
        if (body != null) {
            for (String malformed : List.of("{", "[]", "null", "\"text\"", "42", "{\"a\":", "{}", "{\"unknownField\":1}")) {
                attempts.add(() -> send(method, fillPath(path, UUID.randomUUID().toString()), Map.of(), strongest, malformed,
                        "body " + malformed));
            }
            Map<String, Object> properties = properties(body);
            for (String property : properties.keySet()) {
                for (Object hostile : HOSTILE_VALUES) {
                    Map<String, Object> tampered = new LinkedHashMap<>(validBody(body));
                    tampered.put(property, hostile);
                    attempts.add(() -> send(method, fillPath(path, UUID.randomUUID().toString()), Map.of(), strongest, tampered,
                            property + "=" + abbreviate(String.valueOf(hostile))));
                }
                for (Object extreme : extremes((Schema<?>) properties.get(property))) {
                    Map<String, Object> tampered = new LinkedHashMap<>(validBody(body));
                    tampered.put(property, extreme);
                    attempts.add(() -> send(method, fillPath(path, UUID.randomUUID().toString()), Map.of(), strongest, tampered,
                            property + "=" + extreme));
                }
                Map<String, Object> missing = new LinkedHashMap<>(validBody(body));
                missing.remove(property);
                attempts.add(() -> send(method, fillPath(path, UUID.randomUUID().toString()), Map.of(), strongest, missing,
                        "without " + property));
            }
        }
        for (var parameter : queryParameters(operation)) {
            for (Object hostile : HOSTILE_VALUES) {
                attempts.add(() -> send(method, fillPath(path, UUID.randomUUID().toString()),
                        Map.of(parameter.getName(), String.valueOf(hostile)), strongest, validBody(body),
                        "query " + parameter.getName() + "=" + abbreviate(String.valueOf(hostile))));
            }
            for (Object extreme : extremes(parameter.getSchema())) {
                attempts.add(() -> send(method, fillPath(path, UUID.randomUUID().toString()),
                        Map.of(parameter.getName(), String.valueOf(extreme)), strongest, validBody(body),
                        "query " + parameter.getName() + "=" + extreme));
            }
        }
        attempts.forEach(Runnable::run);
    }

    private void expectGracefulRefusal(String method, String path, Operation operation, String token, Object body, String what) {
        send(method, fillPath(path, UUID.randomUUID().toString()), query(operation, "x"), token, body, what);
    }

    private void send(String method, String path, Map<String, String> query, String token, Object body, String what) {
        RequestSpecification request = raw().redirects().follow(false).queryParams(query);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            request.contentType("application/json").body(body);
        }
        Response response = request.request(method, path);
        String context = method + " " + path + " with " + what;
        assertThat(response.statusCode()).as("status of %s, body %s", context, abbreviate(response.asString())).isLessThan(500);
        if (response.statusCode() >= 400) {
            assertThat(response.contentType()).as("content type of %s (%d)", context, response.statusCode())
                    .startsWith("application/problem+json");
            assertThat(response.asString()).as("body of %s", context).doesNotContain("Exception").doesNotContain("at app.rounds");
        }
    }

    private static OpenAPI contract() throws Exception {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(true);
        return new OpenAPIV3Parser().readContents(Files.readString(OpenApiContractTest.CONTRACT), null, options).getOpenAPI();
    }

    private static Map<String, String> tokens() {
        var attendee = TestData.attendee();
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("none", null);
        tokens.put("garbage", "garbage.token.value");
        tokens.put("expired", TestTokens.expired(attendee.id()));
        tokens.put("forged", TestTokens.forged(attendee.id()));
        tokens.put("wrong issuer", TestTokens.wrongIssuer(attendee.id()));
        tokens.put("attendee", attendee.accessToken());
        tokens.put("organizer", TestData.organizer().accessToken());
        return tokens;
    }

    private static Schema<?> requestSchema(Operation operation) {
        if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
            return null;
        }
        var json = operation.getRequestBody().getContent().get("application/json");
        return json == null ? null : json.getSchema();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> properties(Schema<?> schema) {
        return schema.getProperties() == null ? Map.of() : (Map<String, Object>) (Map<String, ?>) schema.getProperties();
    }

    /** A body of the right shape, so that each attempt breaks exactly one thing. */
    private static Map<String, Object> validBody(Schema<?> schema) {
        if (schema == null) {
            return null;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        if (schema.getProperties() != null) {
            schema.getProperties().forEach((name, property) -> body.put(name, sample(property)));
        }
        return body;
    }

    private static Object sample(Schema<?> property) {
        String type = property.getType() != null ? property.getType()
                : property.getTypes() != null && !property.getTypes().isEmpty() ? property.getTypes().iterator().next() : "string";
        if (property.getEnum() != null && !property.getEnum().isEmpty()) {
            return property.getEnum().get(0);
        }
        return switch (type) {
            case "integer", "number" -> 1;
            case "boolean" -> true;
            case "array" -> List.of();
            case "object" -> validBody(property);
            default -> "format".equals(property.getFormat()) ? "x" : sampleString(property);
        };
    }

    private static String sampleString(Schema<?> property) {
        if ("uuid".equals(property.getFormat())) {
            return UUID.randomUUID().toString();
        }
        if ("date-time".equals(property.getFormat())) {
            return "2030-01-01T18:00:00Z";
        }
        return "Sample value 12345";
    }

    private static List<Parameter> queryParameters(Operation operation) {
        return operation.getParameters() == null ? List.of()
                : operation.getParameters().stream().filter(parameter -> "query".equals(parameter.getIn())).toList();
    }

    /** Out-of-range values for a date-time or number; none for other types. */
    private static List<?> extremes(Schema<?> schema) {
        if (schema == null) {
            return List.of();
        }
        if ("date-time".equals(schema.getFormat()) || "date".equals(schema.getFormat())) {
            return EXTREME_DATE_TIMES;
        }
        String type = schema.getType() != null ? schema.getType()
                : schema.getTypes() != null && !schema.getTypes().isEmpty() ? schema.getTypes().iterator().next() : null;
        return "integer".equals(type) || "number".equals(type) ? EXTREME_NUMBERS : List.of();
    }

    private static Map<String, String> query(Operation operation, String value) {
        Map<String, String> query = new LinkedHashMap<>();
        queryParameters(operation).forEach(parameter -> query.put(parameter.getName(), value));
        return query;
    }

    private static String fillPath(String path, String id) {
        return path.replaceAll("\\{[^}]+}", java.util.regex.Matcher.quoteReplacement(id));
    }

    private static String abbreviate(String text) {
        return text.length() > 80 ? text.substring(0, 80) + "…" : text;
    }
}
