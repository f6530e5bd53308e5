package dev.loginkit.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Arrays;

/**
 * Benchmark-only: {@link JsonDocumentReader} with the two changes RESULTS.md proposes, to measure
 * what they would gain before anyone touches the runtime:
 * <ol>
 *   <li>a scalar's text is materialised only when some path wants it (the runtime calls
 *       {@code getText()} for every scalar, so every unread value becomes a String);
 *   <li>the path stack starts at 8 entries and grows, instead of {@code new String[65]} per body.
 * </ol>
 * Same semantics otherwise (arrays transparent, nulls absent, irrelevant subtrees skipped).
 */
final class ProposedJsonReader {
  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  private ProposedJsonReader() {}

  static Document read(byte[] body, PathSet paths) throws MalformedBodyException {
    Document doc = new Document(paths);
    try (JsonParser parser = FACTORY.createParser(body)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        return doc;
      }
      new Walk(parser, doc, paths).value(first, 0);
      if (parser.nextToken() != null) {
        throw new MalformedBodyException("JSON body has content after its end");
      }
      return doc;
    } catch (IOException e) {
      throw new MalformedBodyException("malformed JSON");
    }
  }

  private static final class Walk {
    final JsonParser parser;
    final Document doc;
    final PathSet paths;
    String[] stack = new String[8];

    Walk(JsonParser parser, Document doc, PathSet paths) {
      this.parser = parser;
      this.doc = doc;
      this.paths = paths;
    }

    void value(JsonToken token, int depth) throws IOException {
      switch (token) {
        case START_OBJECT:
          while (parser.nextToken() == JsonToken.FIELD_NAME) {
            if (depth == stack.length) {
              if (depth > JsonDocumentReader.MAX_DEPTH) {
                throw new IOException("too deep");
              }
              stack = Arrays.copyOf(stack, depth * 2);
            }
            stack[depth] = parser.currentName();
            JsonToken value = parser.nextToken();
            if (value != JsonToken.VALUE_NULL) {
              doc.markPresent(stack, depth + 1);
            }
            if (value.isStructStart() && !paths.relevant(stack, depth + 1)) {
              parser.skipChildren();
            } else {
              value(value, depth + 1);
            }
          }
          break;
        case START_ARRAY:
          JsonToken element;
          while ((element = parser.nextToken()) != JsonToken.END_ARRAY) {
            value(element, depth);
          }
          break;
        case VALUE_NULL:
          break;
        default:
          if (wanted(depth)) {
            doc.scalar(stack, depth, parser.getText());
          }
      }
    }

    private boolean wanted(int depth) {
      for (int i = 0; i < paths.size(); i++) {
        if (paths.covers(i, stack, depth)) {
          return true;
        }
      }
      return false;
    }
  }
}
