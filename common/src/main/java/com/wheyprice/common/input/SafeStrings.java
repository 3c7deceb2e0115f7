package com.wheyprice.common.input;

import java.io.IOException;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Every string read from a JSON body obeys {@link Text#refusal}: a NUL, a control character or
 * half a surrogate pair in any field is a 400 naming that field, before any code sees the value
 * (and long before PostgreSQL would fail on it with a 500).
 */
@Singleton
public class SafeStrings implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("safe-strings").addDeserializer(String.class, new Checked()));
    }

    /** Jackson's own string reading, then the check. */
    static final class Checked extends StdScalarDeserializer<String> {

        Checked() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = StringDeserializer.instance.deserialize(parser, context);
            String reason = Text.refusal(value).orElse(null);
            if (reason != null) {
                throw InvalidFormatException.from(parser, reason, value, String.class);
            }
            return value;
        }
    }
}
