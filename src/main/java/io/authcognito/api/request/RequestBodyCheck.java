package io.authcognito.api.request;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParser;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.lang.reflect.RecordComponent;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * Every {@link RequestBody} on its way in: first what JSON-B does not check (at most
 * {@value #MAX_BODY_BYTES} bytes, strict UTF-8 where JSON-B would replace bad bytes silently,
 * exactly one JSON object where JSON-B would ignore trailing text, text fields sent as strings
 * where JSON-B would turn a number into one), then JSON-B binds the record and Bean Validation
 * checks it. Anything wrong is a 400 {@code invalid_request} naming the field, and never echoes a
 * value back: the checks run here rather than through {@code @Valid}, whose report would.
 */
@Provider
@ApplicationScoped
public class RequestBodyCheck implements ReaderInterceptor {

    static final int MAX_BODY_BYTES = 16 * 1024;

    @Inject
    Validator validator;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (!RequestBody.class.isAssignableFrom(context.getType())) {
            return context.proceed();
        }
        byte[] bytes = context.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
        if (bytes.length > MAX_BODY_BYTES) {
            throw new InvalidRequestException("The body is larger than " + MAX_BODY_BYTES + " bytes.");
        }
        requireStringFields(context.getType(), oneObject(strictUtf8(bytes)));
        context.setInputStream(new ByteArrayInputStream(bytes));
        // the bytes were read as UTF-8 above; JSON-B must not read them in another charset the header names
        context.setMediaType(MediaType.APPLICATION_JSON_TYPE.withCharset(StandardCharsets.UTF_8.name()));
        Object body;
        try {
            body = context.proceed();
        } catch (JsonbException e) {
            throw new InvalidRequestException("The body does not have the fields and types this request needs.");
        }
        Set<ConstraintViolation<Object>> violations = validator.validate(body);
        if (!violations.isEmpty()) {
            throw InvalidRequestException.of(violations);
        }
        return body;
    }

    private static JsonObject oneObject(String body) {
        try (JsonParser parser = Json.createParser(new StringReader(body))) {
            if (!parser.hasNext() || parser.next() != JsonParser.Event.START_OBJECT) {
                throw new InvalidRequestException("The body must be a JSON object.");
            }
            JsonObject object = parser.getObject();
            if (parser.hasNext()) {
                throw new InvalidRequestException("The body has text after its JSON object.");
            }
            return object;
        } catch (JsonException | IllegalStateException | NoSuchElementException e) {
            throw new InvalidRequestException("The body is not valid JSON.");
        }
    }

    private static void requireStringFields(Class<?> type, JsonObject body) {
        for (RecordComponent field : type.getRecordComponents()) {
            JsonValue value = body.get(field.getName());
            if (value != null && value.getValueType() != JsonValue.ValueType.STRING
                    && value.getValueType() != JsonValue.ValueType.NULL) {
                throw new InvalidRequestException("The field \"" + field.getName() + "\" must be a string.");
            }
        }
    }

    private static String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new InvalidRequestException("The body is not UTF-8.");
        }
    }
}
