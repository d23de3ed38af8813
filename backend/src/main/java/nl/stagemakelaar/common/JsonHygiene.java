package nl.stagemakelaar.common;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * Input rules that hold for every JSON body, so no endpoint can forget them: a text with a NUL character
 * (PostgreSQL refuses the byte) and a {@code null} inside a list are 400s naming the field, not 500s.
 */
@Singleton
public class JsonHygiene implements ObjectMapperCustomizer {

    /** Raised for a text that the database cannot store; mapped to a 400 with code "Characters". */
    public static class ControlCharacterException extends InvalidFormatException {
        ControlCharacterException(JsonParser p, String value) {
            super(p, "text contains a NUL character", value, String.class);
        }
    }

    @Override
    public void customize(ObjectMapper mapper) {
        SimpleModule module = new SimpleModule("stagemakelaar-hygiene");
        module.addDeserializer(String.class, new StringDeserializer() {
            @Override
            public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                String value = super.deserialize(p, ctxt);
                if (value != null && value.indexOf('\u0000') >= 0) {
                    throw new ControlCharacterException(p, value);
                }
                return value;
            }
        });
        mapper.registerModule(module);
        mapper.setDefaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL));
    }
}
