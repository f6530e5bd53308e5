package dev.loginkit.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.loginkit.LoginConfigurationException;
import dev.loginkit.annotations.BodyEncoding;
import dev.loginkit.annotations.In;
import dev.loginkit.annotations.SoapVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.Request;
import okhttp3.RequestBody;
import okio.Buffer;

/** Turns an {@link Operation} and its {@link Params} into an OkHttp request. */
final class RequestEncoder {
  private static final JsonFactory JSON = new JsonFactory();
  private static final MediaType JSON_TYPE = MediaType.get("application/json; charset=utf-8");
  private static final MediaType XML_TYPE = MediaType.get("text/xml; charset=utf-8");

  private RequestEncoder() {}

  /**
   * The request for {@code op}; refuses, before anything is sent, values no encoding can carry
   * faithfully (a header value with a line break or non-ASCII character, a lone UTF-16 surrogate
   * anywhere, a control character XML 1.0 cannot hold in a SOAP or XML-RPC body).
   *
   * @throws LoginConfigurationException naming the parameter, never its value
   */
  static Request encode(Operation op, HttpUrl base, Params params) {
    checkValues(params, op.body() == BodyEncoding.SOAP || op.body() == BodyEncoding.XML_RPC);
    try {
      return build(op, base, params);
    } catch (LoginConfigurationException e) {
      throw e;
    } catch (RuntimeException e) {
      // Encoders' own messages may quote the value: name the type only.
      throw new LoginConfigurationException(
          "request for " + op + " could not be encoded (" + e.getClass().getSimpleName() + ")");
    }
  }

  private static void checkValues(Params params, boolean xmlBody) {
    for (int i = 0; i < params.size(); i++) {
      Object value = params.value(i);
      if (value instanceof Params nested) {
        checkValues(nested, xmlBody);
        continue;
      }
      String text = value.toString();
      In in = params.in(i);
      boolean inXml = xmlBody && in != In.HEADER && in != In.QUERY && in != In.COOKIE;
      for (int c = 0; c < text.length(); c++) {
        char ch = text.charAt(c);
        if (Character.isHighSurrogate(ch)) {
          if (c + 1 < text.length() && Character.isLowSurrogate(text.charAt(c + 1))) {
            c++;
            continue;
          }
          throw unencodable(params.name(i), "a lone UTF-16 surrogate", c);
        }
        if (Character.isLowSurrogate(ch)) {
          throw unencodable(params.name(i), "a lone UTF-16 surrogate", c);
        }
        if (inXml
            && ((ch < 0x20 && ch != '\t' && ch != '\n' && ch != '\r')
                || ch == 0xFFFE
                || ch == 0xFFFF)) {
          throw unencodable(params.name(i), "a character XML 1.0 cannot carry", c);
        }
      }
    }
  }

  private static LoginConfigurationException unencodable(String name, String what, int index) {
    return new LoginConfigurationException(
        "value of parameter '" + name + "' has " + what + " at index " + index);
  }

  private static Request build(Operation op, HttpUrl base, Params params) {
    HttpUrl target = op.url(base);
    HttpUrl.Builder url = null; // only when a parameter travels in the query
    Request.Builder request = new Request.Builder();
    BodyEncoding encoding = op.body();
    FormBody.Builder form = encoding == BodyEncoding.FORM ? new FormBody.Builder() : null;
    MultipartBody.Builder multipart =
        encoding == BodyEncoding.MULTIPART
            ? new MultipartBody.Builder().setType(MultipartBody.FORM)
            : null;
    boolean xmlBody = encoding == BodyEncoding.SOAP || encoding == BodyEncoding.XML_RPC;
    StringBuilder cookies = null;

    for (int i = 0; i < params.size(); i++) {
      String name = params.name(i);
      Object value = params.value(i);
      In in = params.in(i);
      if (in == In.HEADER) {
        String text =
            value instanceof Params.OriginTemplate origin ? origin.resolve(target) : text(value);
        request.header(checkHeaderName(name), checkHeaderValue(name, text));
      } else if (in == In.COOKIE) {
        cookies = cookies == null ? new StringBuilder() : cookies.append("; ");
        cookies
            .append(checkHeaderName(name))
            .append('=')
            .append(checkCookieValue(name, text(value)));
      } else if ((xmlBody || encoding == BodyEncoding.JSON) && in != In.QUERY) {
        continue; // the body, written from the whole Params below
      } else if (in == In.QUERY || encoding == null) {
        if (url == null) {
          url = target.newBuilder();
        }
        url.addQueryParameter(name, text(value));
      } else if (form != null) {
        form.add(name, text(value));
      } else {
        multipart.addFormDataPart(name, text(value));
      }
    }

    if (cookies != null) {
      request.header("Cookie", cookies.toString());
    }
    RequestBody body = null;
    MediaType declared = op.contentType();
    if (form != null) {
      body = declared == null ? form.build() : RequestBody.create(bytes(form.build()), declared);
    } else if (multipart != null) {
      // OkHttp refuses a multipart body without parts; a login with none is a declaration mistake.
      body = params.size() == 0 ? RequestBody.create(new byte[0], null) : multipart.build();
    } else if (encoding == BodyEncoding.JSON) {
      body = RequestBody.create(json(params, true), declared == null ? JSON_TYPE : declared);
    } else if (encoding == BodyEncoding.XML_RPC) {
      body =
          RequestBody.create(
              XmlBodies.xmlRpc(op.xmlRpcMethod(), op.xmlRpcStruct(), params),
              declared == null ? XML_TYPE : declared);
    } else if (encoding == BodyEncoding.SOAP) {
      body = soap(op.soap(), params, request, declared);
    }
    return request.url(url == null ? target : url.build()).method(op.method(), body).build();
  }

  /**
   * The envelope, and its action: once-quoted in the 1.1 {@code SOAPAction} header ({@code ""} when
   * empty), or the 1.2 media type's {@code action} parameter (none when empty). The processor
   * refuses an action with a quote, a backslash or a control character, so quoting is exact.
   */
  private static RequestBody soap(
      SoapSpec spec, Params params, Request.Builder request, MediaType declared) {
    byte[] envelope = XmlBodies.soap(spec, params);
    if (spec.version() == SoapVersion.V1_1) {
      request.header("SOAPAction", "\"" + spec.action() + "\"");
      return RequestBody.create(envelope, declared == null ? XML_TYPE : declared);
    }
    String type = declared == null ? "application/soap+xml; charset=utf-8" : declared.toString();
    if (!spec.action().isEmpty()) {
      type += "; action=\"" + spec.action() + "\"";
    }
    return RequestBody.create(envelope, MediaType.get(type));
  }

  private static byte[] bytes(RequestBody body) {
    Buffer buffer = new Buffer();
    try {
      body.writeTo(buffer);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // in memory: cannot happen
    }
    return buffer.readByteArray();
  }

  /** Joins the base URL's path and an operation path with exactly one slash between them. */
  static String joinPath(String basePath, String opPath) {
    String left = basePath.endsWith("/") ? basePath.substring(0, basePath.length() - 1) : basePath;
    String right = opPath.startsWith("/") ? opPath : "/" + opPath;
    return left + right;
  }

  private static String text(Object value) {
    if (value instanceof Params nested) {
      return new String(json(nested, false), java.nio.charset.StandardCharsets.UTF_8);
    }
    return value.toString();
  }

  /**
   * {@code params} as one JSON object; with {@code bodyOnly}, leaving out the parameters that
   * travel elsewhere (query, header, cookie).
   */
  static byte[] json(Params params, boolean bodyOnly) {
    Buffer out = new Buffer();
    try (JsonGenerator gen = JSON.createGenerator(out.outputStream())) {
      writeObject(gen, params, bodyOnly);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // in memory: cannot happen
    }
    return out.readByteArray();
  }

  private static void writeObject(JsonGenerator gen, Params params, boolean bodyOnly)
      throws IOException {
    if (params.isArray()) {
      gen.writeStartArray();
      for (int i = 0; i < params.size(); i++) {
        writeValue(gen, params.value(i));
      }
      gen.writeEndArray();
      return;
    }
    gen.writeStartObject();
    for (int i = 0; i < params.size(); i++) {
      In in = params.in(i);
      if (bodyOnly && (in == In.QUERY || in == In.HEADER || in == In.COOKIE)) {
        continue;
      }
      gen.writeFieldName(params.name(i));
      writeValue(gen, params.value(i));
    }
    gen.writeEndObject();
  }

  private static void writeValue(JsonGenerator gen, Object value) throws IOException {
    if (value instanceof Params nested) {
      writeObject(gen, nested, false);
    } else if (value instanceof Params.JsonLiteral literal) {
      gen.writeRawValue(literal.literal);
    } else if (value instanceof Boolean b) {
      gen.writeBoolean(b);
    } else if (value instanceof Integer || value instanceof Long || value instanceof Short) {
      gen.writeNumber(((Number) value).longValue());
    } else if (value instanceof Number n) {
      gen.writeNumber(n.toString());
    } else {
      gen.writeString(value.toString());
    }
  }

  private static boolean isOws(char c) {
    return c == ' ' || c == '\t';
  }

  /**
   * A header value that cannot end the cookie early: no {@code ;} (a second cookie), no {@code ,}.
   */
  private static String checkCookieValue(String name, String value) {
    checkHeaderValue(name, value);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == ';' || c == ',') {
        throw new LoginConfigurationException(
            "value of cookie '" + name + "' has a separator character at index " + i);
      }
    }
    return value;
  }

  private static String checkHeaderName(String name) {
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c <= ' ' || c >= 0x7f || c == ':') {
        throw new LoginConfigurationException(
            "header name '" + name + "' has an invalid character");
      }
    }
    return name;
  }

  /**
   * OkHttp's own check would put the value in its exception message; this one names only the
   * header. Leading or trailing whitespace is refused too: HTTP drops it (OkHttp trims it), so the
   * server would receive another credential.
   */
  private static String checkHeaderValue(String name, String value) {
    if (!value.isEmpty() && (isOws(value.charAt(0)) || isOws(value.charAt(value.length() - 1)))) {
      throw new LoginConfigurationException(
          "value of header '" + name + "' has leading or trailing whitespace, which HTTP drops");
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c != '\t' && (c < 0x20 || c >= 0x7f)) {
        throw new LoginConfigurationException(
            "value of header '" + name + "' has an invalid character at index " + i);
      }
    }
    return value;
  }
}
