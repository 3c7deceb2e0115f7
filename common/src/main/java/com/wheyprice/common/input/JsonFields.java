package com.wheyprice.common.input;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;

/** Names a field of a JSON body the way a client wrote it ({@code targetPrice.currency}, {@code items[2].name}). */
public final class JsonFields {

    private JsonFields() {
    }

    public static String path(JsonMappingException failure) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference reference : failure.getPath()) {
            if (reference.getFieldName() != null) {
                field.append(field.length() == 0 ? "" : ".").append(reference.getFieldName());
            } else {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.toString();
    }

    /** Whether Jackson refused a string for what it holds ({@link SafeStrings}), at a known field. */
    public static boolean isRefusedText(JsonMappingException failure) {
        return failure instanceof InvalidFormatException invalid && invalid.getTargetType() == String.class && !failure.getPath().isEmpty();
    }
}
