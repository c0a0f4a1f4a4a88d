package app.rounds.common.web;

import java.io.IOException;
import java.time.OffsetDateTime;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Refuses JSON strings holding NUL characters and date-times outside {@link DateTimeRange} while the body is read, so
 * the field is named in a 400 rather than the database refusing the value later.
 */
@Singleton
public class JsonStrictness implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("rounds-strings").addDeserializer(String.class, new NulFreeStrings())
                .addDeserializer(OffsetDateTime.class, new StorableDateTimes()));
    }

    static final class StorableDateTimes extends StdDeserializer<OffsetDateTime> {
        StorableDateTimes() {
            super(OffsetDateTime.class);
        }

        @Override
        public OffsetDateTime deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            OffsetDateTime value = InstantDeserializer.OFFSET_DATE_TIME.deserialize(parser, context);
            if (value != null && !DateTimeRange.contains(value)) {
                throw context.weirdStringException(parser.getText(), OffsetDateTime.class, DateTimeRange.MESSAGE);
            }
            return value;
        }
    }

    static final class NulFreeStrings extends StringDeserializer {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = super.deserialize(parser, context);
            if (value != null && value.indexOf('\u0000') >= 0) {
                throw context.weirdStringException(value, String.class, "must not contain NUL characters");
            }
            return value;
        }
    }
}
