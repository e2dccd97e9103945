package io.authcognito.api.request;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.NoSuchElementException;

/**
 * What JSON-B does not check before it binds a {@link RequestBody}: at most {@value #MAX_BODY_BYTES}
 * bytes, strict UTF-8 (JSON-B would replace bad bytes silently), and exactly one JSON object with
 * nothing after it (JSON-B would ignore trailing text). Anything else is a 400 {@code invalid_request}.
 */
@Provider
public class StrictJsonBody implements ReaderInterceptor {

    static final int MAX_BODY_BYTES = 16 * 1024;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (!RequestBody.class.isAssignableFrom(context.getType())) {
            return context.proceed();
        }
        byte[] bytes = context.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
        if (bytes.length > MAX_BODY_BYTES) {
            throw new InvalidRequestException("The body is larger than " + MAX_BODY_BYTES + " bytes.");
        }
        requireOneObject(strictUtf8(bytes));
        context.setInputStream(new ByteArrayInputStream(bytes));
        return context.proceed();
    }

    private static void requireOneObject(String body) {
        try (JsonParser parser = Json.createParser(new StringReader(body))) {
            if (!parser.hasNext() || parser.next() != JsonParser.Event.START_OBJECT) {
                throw new InvalidRequestException("The body must be a JSON object.");
            }
            parser.skipObject();
            if (parser.hasNext()) {
                throw new InvalidRequestException("The body has text after its JSON object.");
            }
        } catch (JsonException | IllegalStateException | NoSuchElementException e) {
            throw new InvalidRequestException("The body is not valid JSON.");
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
