package io.authcognito.api;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.NoSuchElementException;

/**
 * Reads a request body into a {@link JsonRequest}: at most {@value #MAX_BODY_BYTES} bytes of
 * strict UTF-8 holding one JSON object. Anything else is a 400 {@code invalid_request}.
 */
@Provider
@Consumes(MediaType.APPLICATION_JSON)
public class JsonRequestReader implements MessageBodyReader<JsonRequest> {

    static final int MAX_BODY_BYTES = 16 * 1024;

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == JsonRequest.class;
    }

    @Override
    public JsonRequest readFrom(Class<JsonRequest> type, Type genericType, Annotation[] annotations,
                                MediaType mediaType, MultivaluedMap<String, String> headers, InputStream entity)
            throws IOException {
        byte[] bytes = entity.readNBytes(MAX_BODY_BYTES + 1);
        if (bytes.length > MAX_BODY_BYTES) {
            throw new ApiException(ErrorCode.INVALID_REQUEST, "The body is larger than " + MAX_BODY_BYTES + " bytes.");
        }
        try (JsonParser parser = Json.createParser(new StringReader(strictUtf8(bytes)))) {
            if (!parser.hasNext() || parser.next() != JsonParser.Event.START_OBJECT) {
                throw new ApiException(ErrorCode.INVALID_REQUEST, "The body must be a JSON object.");
            }
            JsonObject body = parser.getObject();
            if (parser.hasNext()) {
                throw new ApiException(ErrorCode.INVALID_REQUEST, "The body has text after its JSON object.");
            }
            return new JsonRequest(body);
        } catch (JsonException | IllegalStateException | NoSuchElementException e) {
            throw new ApiException(ErrorCode.INVALID_REQUEST, "The body is not valid JSON.");
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
            throw new ApiException(ErrorCode.INVALID_REQUEST, "The body is not UTF-8.");
        }
    }
}
