package dev.loginkit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loginkit.LoginConfigurationException;
import dev.loginkit.annotations.BodyEncoding;
import dev.loginkit.annotations.Format;
import dev.loginkit.annotations.In;
import java.io.IOException;
import java.util.List;
import okhttp3.HttpUrl;
import okhttp3.MultipartBody;
import okhttp3.Request;
import okhttp3.RequestBody;
import okio.Buffer;
import org.junit.jupiter.api.Test;

class RequestEncoderTest {

  private static final HttpUrl BASE = HttpUrl.get("https://h/api/v2/");

  private static String bodyText(RequestBody body) throws IOException {
    Buffer buffer = new Buffer();
    body.writeTo(buffer);
    return buffer.readUtf8();
  }

  private static Operation post(BodyEncoding encoding) {
    return Operation.post("login", "/login", encoding, Format.JSON).build();
  }

  @Test
  void oneOperationAgainstSeveralBasesAndQueriesGetsEachItsOwnUrl() {
    Operation op = Operation.get("login", "/gw.k", Format.XML).build();
    HttpUrl first = HttpUrl.get("https://a.example/api/");
    HttpUrl second = HttpUrl.get("http://127.0.0.1:8080/base?tenant=7");

    for (int round = 0; round < 2; round++) {
      assertEquals(
          "https://a.example/api/gw.k?uid=al",
          RequestEncoder.encode(op, first, new Params().param("uid", "al")).url().toString());
      assertEquals(
          "http://127.0.0.1:8080/base/gw.k?tenant=7&uid=bo",
          RequestEncoder.encode(op, second, new Params().param("uid", "bo")).url().toString());
      assertEquals(
          "http://127.0.0.1:8080/base/gw.k?tenant=7",
          RequestEncoder.encode(op, HttpUrl.get(second.toString()), new Params()).url().toString());
    }
  }

  @Test
  void getPutsConstantsThenParamsInQueryInOrderUrlEncoded() {
    Operation op = Operation.get("login", "/gw.k", Format.XML).build();
    Params params =
        new Params()
            .param("api", "login")
            .param("apiversion", "3")
            .param("uid", "al ice")
            .secret("pswd", "p&ss=w+rd/ü");
    Request request = RequestEncoder.encode(op, HttpUrl.get("https://www2.1010data.com"), params);

    assertEquals("GET", request.method());
    assertNull(request.body());
    assertEquals("/gw.k", request.url().encodedPath());
    assertEquals(
        List.of("api", "apiversion", "uid", "pswd"),
        List.of(
            request.url().queryParameterName(0),
            request.url().queryParameterName(1),
            request.url().queryParameterName(2),
            request.url().queryParameterName(3)));
    assertEquals("login", request.url().queryParameter("api"));
    assertEquals("3", request.url().queryParameter("apiversion"));
    assertEquals("al ice", request.url().queryParameter("uid"));
    assertEquals("p&ss=w+rd/ü", request.url().queryParameter("pswd"));
    assertEquals(
        "api=login&apiversion=3&uid=al%20ice&pswd=p%26ss%3Dw%2Brd%2F%C3%BC",
        request.url().encodedQuery());
  }

  @Test
  void getWithBooleanAndNumberParams() {
    Operation op = Operation.get("login", "/x", Format.JSON).build();
    Request request =
        RequestEncoder.encode(op, BASE, new Params().param("n", 0).param("flag", true));
    assertEquals("n=0&flag=true", request.url().encodedQuery());
  }

  @Test
  void basePathWithTrailingSlashIsJoinedWithOperationPath() {
    Operation op = Operation.get("login", "/x", Format.JSON).build();
    Request request = RequestEncoder.encode(op, HttpUrl.get("https://h/api/v2/"), new Params());
    assertEquals("https://h/api/v2/x", request.url().toString());
  }

  @Test
  void basePathWithoutTrailingSlashIsJoinedWithOneSlash() {
    Operation op = Operation.get("login", "/x", Format.JSON).build();
    Request request = RequestEncoder.encode(op, HttpUrl.get("https://h/api/v2"), new Params());
    assertEquals("/api/v2/x", request.url().encodedPath());
  }

  @Test
  void bareHostBaseUsesOperationPath() {
    Operation op = Operation.post("login", "/apiv2/login", BodyEncoding.JSON, Format.JSON).build();
    Request request =
        RequestEncoder.encode(op, HttpUrl.get("https://my.interserver.net"), new Params());
    assertEquals("https://my.interserver.net/apiv2/login", request.url().toString());
  }

  @Test
  void joinPathInsertsExactlyOneSlash() {
    assertEquals("/a/b", RequestEncoder.joinPath("/a/", "/b"));
    assertEquals("/a/b", RequestEncoder.joinPath("/a", "b"));
    assertEquals("/b", RequestEncoder.joinPath("/", "/b"));
  }

  @Test
  void formBodyEncodesParamsInOrder() throws IOException {
    Params params = new Params().param("login", "u").secret("passwd", "a b&c");
    Request request = RequestEncoder.encode(post(BodyEncoding.FORM), BASE, params);

    assertEquals("POST", request.method());
    assertEquals("application/x-www-form-urlencoded", request.body().contentType().toString());
    assertEquals("login=u&passwd=a+b%26c", bodyText(request.body()));
    assertNull(request.url().encodedQuery());
  }

  @Test
  void formBodySendsNestedParamsAsJsonText() throws IOException {
    Params params = new Params().param("dep", new Params().param("n", 0));
    Request request = RequestEncoder.encode(post(BodyEncoding.FORM), BASE, params);
    assertEquals("dep=%7B%22n%22%3A0%7D", bodyText(request.body()));
  }

  @Test
  void multipartBodyHasOnePartPerParamAndNestedParamsAsJsonText() throws IOException {
    Params params =
        new Params()
            .param("login", "u")
            .secret("passwd", "pw")
            .param("dep", new Params().param("n", 0).param("b", true));
    Request request = RequestEncoder.encode(post(BodyEncoding.MULTIPART), BASE, params);

    MultipartBody body = (MultipartBody) request.body();
    assertEquals("multipart", body.contentType().type());
    assertEquals("form-data", body.contentType().subtype());
    assertEquals(3, body.size());
    assertEquals("form-data; name=\"login\"", body.part(0).headers().get("Content-Disposition"));
    assertEquals("u", bodyText(body.part(0).body()));
    assertEquals("form-data; name=\"passwd\"", body.part(1).headers().get("Content-Disposition"));
    assertEquals("pw", bodyText(body.part(1).body()));
    assertEquals("form-data; name=\"dep\"", body.part(2).headers().get("Content-Disposition"));
    assertEquals("{\"n\":0,\"b\":true}", bodyText(body.part(2).body()));
  }

  @Test
  void multipartWithoutParamsSendsEmptyBody() throws IOException {
    Request request = RequestEncoder.encode(post(BodyEncoding.MULTIPART), BASE, new Params());
    assertEquals(0, request.body().contentLength());
  }

  @Test
  void jsonBodyIsExactBytesWithNestedObjectBooleanAndInt() throws IOException {
    Params params =
        new Params()
            .param("login", "u")
            .param("dep", new Params().param("n", 0))
            .param("flag", true);
    Request request = RequestEncoder.encode(post(BodyEncoding.JSON), BASE, params);

    assertEquals("application/json; charset=utf-8", request.body().contentType().toString());
    assertEquals("{\"login\":\"u\",\"dep\":{\"n\":0},\"flag\":true}", bodyText(request.body()));
  }

  @Test
  void jsonBodyWritesLongsDoublesAndEscapesStrings() throws IOException {
    Params params =
        new Params()
            .param("big", 5_000_000_000L)
            .param("d", 1.5)
            .param("s", "q\"uote\\ \n")
            .param("no", false);
    Request request = RequestEncoder.encode(post(BodyEncoding.JSON), BASE, params);
    assertEquals(
        "{\"big\":5000000000,\"d\":1.5,\"s\":\"q\\\"uote\\\\ \\n\",\"no\":false}",
        bodyText(request.body()));
  }

  @Test
  void nullValuesAreLeftOut() throws IOException {
    Params params = new Params().param("login", "u").param("opt", null).secret("pw", null);
    Request request = RequestEncoder.encode(post(BodyEncoding.JSON), BASE, params);
    assertEquals("{\"login\":\"u\"}", bodyText(request.body()));
  }

  @Test
  void headerParamsGoToHeadersNotBodyOrQuery() throws IOException {
    Params params =
        new Params()
            .param("Accept", "application/xml", In.HEADER)
            .param("login", "u")
            .secret("X-Api-Key", "key-123", In.HEADER);
    Request request = RequestEncoder.encode(post(BodyEncoding.JSON), BASE, params);

    assertEquals("application/xml", request.header("Accept"));
    assertEquals("key-123", request.header("X-Api-Key"));
    assertEquals("{\"login\":\"u\"}", bodyText(request.body()));
    assertNull(request.url().encodedQuery());
  }

  @Test
  void headerParamsOnGetStayOutOfQuery() {
    Operation op = Operation.get("login", "/x", Format.JSON).build();
    Params params = new Params().param("uid", "u").secret("X-Api-Key", "key-123", In.HEADER);
    Request request = RequestEncoder.encode(op, BASE, params);
    assertEquals("uid=u", request.url().encodedQuery());
    assertEquals("key-123", request.header("X-Api-Key"));
  }

  @Test
  void queryParamOnPostGoesToUrl() throws IOException {
    Params params = new Params().param("client", "web app", In.QUERY).param("login", "u");
    Request request = RequestEncoder.encode(post(BodyEncoding.FORM), BASE, params);
    assertEquals("client=web%20app", request.url().encodedQuery());
    assertEquals("login=u", bodyText(request.body()));
  }

  @Test
  void queryParamOnJsonPostGoesToUrl() throws IOException {
    Params params = new Params().param("login", "u").param("v", 2, In.QUERY);
    Request request = RequestEncoder.encode(post(BodyEncoding.JSON), BASE, params);
    assertEquals("v=2", request.url().encodedQuery());
    assertEquals("{\"login\":\"u\"}", bodyText(request.body()));
  }

  @Test
  void jsonBodyHoldsOnlyTheBodyParamsInTheirOrder() throws IOException {
    Params params =
        new Params()
            .param("client", "web", In.QUERY)
            .param("login", "u")
            .param("session", "s1", In.COOKIE)
            .param("dep", new Params().param("n", 0))
            .secret("X-Api-Key", "key-123", In.HEADER)
            .secret("passwd", "p");
    Request request = RequestEncoder.encode(post(BodyEncoding.JSON), BASE, params);

    assertEquals("{\"login\":\"u\",\"dep\":{\"n\":0},\"passwd\":\"p\"}", bodyText(request.body()));
    assertEquals("client=web", request.url().encodedQuery());
    assertEquals("session=s1", request.header("Cookie"));
    assertEquals("key-123", request.header("X-Api-Key"));
  }

  @Test
  void cookiesAreJoinedInOneHeader() {
    Params params =
        new Params().param("a", "1", In.COOKIE).param("login", "u").secret("b", "2", In.COOKIE);
    Request request = RequestEncoder.encode(post(BodyEncoding.FORM), BASE, params);
    assertEquals(List.of("a=1; b=2"), request.headers("Cookie"));
  }

  @Test
  void headerValueWithLineBreakIsRefusedWithoutQuotingValue() {
    Params params = new Params().secret("X-Token", "abc\nInjected: evil", In.HEADER);
    LoginConfigurationException e =
        assertThrows(
            LoginConfigurationException.class,
            () -> RequestEncoder.encode(post(BodyEncoding.JSON), BASE, params));
    assertTrue(e.getMessage().contains("X-Token"), e.getMessage());
    assertFalse(e.getMessage().contains("abc"), e.getMessage());
    assertFalse(e.getMessage().contains("Injected"), e.getMessage());
    assertFalse(e.getMessage().contains("evil"), e.getMessage());
  }

  @Test
  void headerValueWithCarriageReturnIsRefused() {
    Params params = new Params().param("X-Token", "abc\rdef", In.HEADER);
    LoginConfigurationException e =
        assertThrows(
            LoginConfigurationException.class,
            () -> RequestEncoder.encode(post(BodyEncoding.FORM), BASE, params));
    assertFalse(e.getMessage().contains("def"), e.getMessage());
  }

  @Test
  void headerNameWithColonIsRefused() {
    Params params = new Params().param("X-Bad:Name", "v", In.HEADER);
    assertThrows(
        LoginConfigurationException.class,
        () -> RequestEncoder.encode(post(BodyEncoding.FORM), BASE, params));
  }
}
