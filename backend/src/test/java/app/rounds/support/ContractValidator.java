package app.rounds.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * The contract validator behind {@link Api#api()}. It understands OpenAPI 3.0 schemas only: handed the committed 3.1
 * contract it silently skips every {@code type}, so a {@code null} or a number passed where the contract says string.
 * It is therefore given the same contract written as 3.0 ({@code type: [string, "null"]} becomes
 * {@code type: string, nullable: true}; a schema's {@code examples} list becomes its first {@code example}), under
 * which a {@code null} is refused wherever the contract does not declare the field nullable.
 */
public final class ContractValidator {

    public static final Path CONTRACT = Path.of("..", "openapi.yaml");

    private ContractValidator() {
    }

    public static OpenApiInteractionValidator forCommittedContract() {
        try {
            return forContract(Files.readString(CONTRACT));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static OpenApiInteractionValidator forContract(String openApi31Yaml) {
        return OpenApiInteractionValidator.createForInlineApiSpecification(asOpenApi30(openApi31Yaml)).build();
    }

    static String asOpenApi30(String openApi31Yaml) {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        try {
            ObjectNode root = (ObjectNode) yaml.readTree(openApi31Yaml);
            root.put("openapi", "3.0.3");
            downgrade(root);
            return yaml.writeValueAsString(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void downgrade(JsonNode node) {
        if (node instanceof ObjectNode object) {
            if (object.get("type") instanceof ArrayNode types) {
                List<String> named = new ArrayList<>();
                types.forEach(type -> named.add(type.asText()));
                if (named.remove("null")) {
                    object.put("nullable", true);
                }
                if (named.size() == 1) {
                    object.put("type", named.get(0));
                } else {
                    object.remove("type");
                }
            }
            // Schemas list their examples (3.1); parameters and media types map them by name, as 3.0 does.
            if (object.get("examples") instanceof ArrayNode examples) {
                object.remove("examples");
                if (!examples.isEmpty()) {
                    object.set("example", examples.get(0));
                }
            }
            object.elements().forEachRemaining(ContractValidator::downgrade);
        } else if (node instanceof ArrayNode array) {
            array.elements().forEachRemaining(ContractValidator::downgrade);
        }
    }
}
