package dev.loginkit.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.JsonTokenId;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;

/**
 * Streams a JSON body once with jackson-core, keeping only the values at the wanted paths and
 * skipping every subtree no path leads into. Arrays are transparent: {@code "ErrorCode":[4]} reads
 * as {@code ErrorCode = 4}.
 */
final class JsonDocumentReader {
  static final int MAX_DEPTH = 64;

  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .streamReadConstraints(
              StreamReadConstraints.builder()
                  .maxNestingDepth(MAX_DEPTH)
                  .maxStringLength(1 << 20)
                  .maxNumberLength(64)
                  .maxNameLength(1024)
                  .build())
          .build();

  private JsonDocumentReader() {}

  static Document read(byte[] body, PathSet paths) throws MalformedBodyException {
    Document doc = new Document(paths);
    try (JsonParser parser = FACTORY.createParser(body)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        return doc;
      }
      String[] names = paths.hasWildcards() ? new String[MAX_DEPTH + 1] : null;
      readValue(parser, first, paths.root(), 0, names, doc);
      if (parser.nextToken() != null) {
        throw new MalformedBodyException("JSON body has content after its end");
      }
      return doc;
    } catch (JsonProcessingException e) {
      throw new MalformedBodyException("malformed JSON at " + location(e));
    } catch (IOException e) {
      throw new MalformedBodyException("unreadable JSON body");
    }
  }

  /**
   * Reads the value {@code token} starts, at state {@code at}. A field no path leads into is
   * skipped, and a scalar no path reads is never turned into a {@code String}.
   */
  private static void readValue(
      JsonParser parser, JsonToken token, PathState at, int depth, String[] names, Document doc)
      throws IOException {
    switch (token.id()) { // int ids: no enum switch map class
      case JsonTokenId.ID_START_OBJECT:
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String name = parser.currentName();
          PathState next = at.child(name);
          JsonToken value = parser.nextToken();
          if (next == null) {
            parser.skipChildren();
            continue;
          }
          if (names != null) {
            names[depth] = name;
          }
          if (value == JsonToken.VALUE_NULL) {
            continue;
          }
          doc.markPresent(next);
          if (value.isScalarValue()) { // the common case, without a call
            if (next.wanted()) {
              doc.scalar(next, parser.getText(), names);
            }
          } else {
            readValue(parser, value, next, depth + 1, names, doc);
          }
        }
        break;
      case JsonTokenId.ID_START_ARRAY:
        JsonToken element;
        while ((element = parser.nextToken()) != JsonToken.END_ARRAY) {
          readValue(parser, element, at, depth, names, doc);
        }
        break;
      case JsonTokenId.ID_NULL:
        break;
      default:
        if (at.wanted()) {
          doc.scalar(at, parser.getText(), names);
        }
    }
  }

  /** The parser reads bytes, so its location has a byte offset (its character offset is -1). */
  private static String location(JsonProcessingException e) {
    long offset = e.getLocation() == null ? -1 : e.getLocation().getByteOffset();
    return offset < 0 ? "an unknown offset" : "offset " + offset;
  }
}
