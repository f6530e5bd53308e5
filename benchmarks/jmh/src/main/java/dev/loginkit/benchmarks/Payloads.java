package dev.loginkit.benchmarks;

import java.nio.charset.StandardCharsets;

/** The response bodies every contender decodes; one copy, so all read the same bytes. */
public final class Payloads {
  private Payloads() {}

  /** A flat login success, about 250 bytes: seven fields, four read. */
  public static final byte[] JSON_FLAT =
      utf8(
          "{\"status\":\"ok\",\"sessionId\":\"5f2b9c1e8a7d4e3f9b0c1d2e3f4a5b6c\",\"account_id\":123456,"
              + "\"account_lid\":\"jdoe@example.com\",\"ima\":\"client\","
              + "\"gravatar\":\"https://gravatar.com/avatar/0bc83cb571cd1c50ba6f3e8a78ef1346\",\"expires_in\":3600}");

  /** The same login refused: a nested error object (read) and a request id (skipped). HTTP 401. */
  public static final byte[] JSON_FAILURE =
      utf8(
          "{\"status\":\"error\",\"error\":{\"code\":\"BAD_CREDENTIALS\",\"message\":\"Invalid login or password\","
              + "\"field\":\"passwd\"},\"request_id\":\"8f14e45fceea167a5a36dedd4bea2543\"}");

  /** A nested success, about 600 bytes: the session three levels down, most of the body skipped. */
  public static final byte[] JSON_NESTED =
      utf8(
          "{\"meta\":{\"request_id\":\"8f14e45fceea167a5a36dedd4bea2543\",\"server\":\"api-3.eu-west\",\"elapsed_ms\":12,"
              + "\"links\":[{\"rel\":\"self\",\"href\":\"/v2/sessions/current\"},{\"rel\":\"user\",\"href\":\"/v2/users/123456\"}]},"
              + "\"result\":{\"session\":{\"id\":\"5f2b9c1e8a7d4e3f9b0c1d2e3f4a5b6c\",\"expires\":\"2026-05-01T12:00:00Z\","
              + "\"scopes\":[\"read\",\"write\",\"billing\"]},"
              + "\"user\":{\"id\":123456,\"login\":\"jdoe@example.com\",\"profile\":{\"name\":\"John Doe\","
              + "\"avatar\":\"https://cdn.example.com/a/123456.png\",\"locale\":\"en_US\",\"tz\":\"America/New_York\"},"
              + "\"roles\":[\"admin\",\"billing\"],\"created\":\"2019-03-14T09:26:53Z\"},"
              + "\"flags\":{\"beta\":true,\"mfa\":false,\"legacy\":null}}}");

  /** A plain-XML success in 1010data's shape, with a nested block nobody reads. */
  public static final byte[] XML_SUCCESS =
      utf8(
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
              + "<out>\n  <rc>0</rc>\n  <sid>5f2b9c1e8a7d4e3f9b0c1d2e3f4a5b6c</sid>\n"
              + "  <pswd>QmVuY2htYXJrRW5jcnlwdGVkUGFzc3dvcmQ=</pswd>\n"
              + "  <msg>Last login was: 2026-04-30 11:02:13</msg>\n  <version>prod-24.1.3</version>\n"
              + "  <user><uid>jdoe</uid><groups><g>analysts</g><g>billing</g><g>admins</g></groups></user>\n</out>\n");

  private static final String SOAP_RESPONSE_BODY =
      "<S:Body><ns2:loginResponse xmlns:ns2=\"urn:bench:login\"><return>"
          + "<sessionId>5f2b9c1e8a7d4e3f9b0c1d2e3f4a5b6c</sessionId><userId>123456</userId>"
          + "<expires>2026-05-01T12:00:00Z</expires></return></ns2:loginResponse></S:Body>";

  /** A SOAP 1.1 document/literal success, as JAX-WS RI writes it. */
  public static final byte[] SOAP_SUCCESS =
      utf8(
          "<?xml version='1.0' encoding='UTF-8'?>"
              + "<S:Envelope xmlns:S=\"http://schemas.xmlsoap.org/soap/envelope/\">"
              + SOAP_RESPONSE_BODY
              + "</S:Envelope>");

  /** A SOAP 1.1 fault with a typed detail. HTTP 500. */
  public static final byte[] SOAP_FAULT =
      utf8(
          "<?xml version='1.0' encoding='UTF-8'?>"
              + "<S:Envelope xmlns:S=\"http://schemas.xmlsoap.org/soap/envelope/\"><S:Body><S:Fault>"
              + "<faultcode>S:Client</faultcode><faultstring>Invalid username or password</faultstring>"
              + "<detail><ns2:LoginFault xmlns:ns2=\"urn:bench:login\"><code>BAD_CREDENTIALS</code></ns2:LoginFault></detail>"
              + "</S:Fault></S:Body></S:Envelope>");

  /** The success behind a 1.3 KB WS-Security and tracing header that must be skipped. */
  public static final byte[] SOAP_WITH_HEADER =
      utf8(
          "<?xml version='1.0' encoding='UTF-8'?>"
              + "<S:Envelope xmlns:S=\"http://schemas.xmlsoap.org/soap/envelope/\""
              + " xmlns:wsse=\"http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd\""
              + " xmlns:wsu=\"http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd\">"
              + "<S:Header><wsse:Security S:mustUnderstand=\"0\"><wsu:Timestamp wsu:Id=\"TS-1\">"
              + "<wsu:Created>2026-04-30T11:02:13Z</wsu:Created><wsu:Expires>2026-04-30T11:07:13Z</wsu:Expires></wsu:Timestamp>"
              + "<wsse:BinarySecurityToken EncodingType=\"base64\" ValueType=\"X509v3\" wsu:Id=\"X509-1\">"
              + "MIIC9TCCAd2gAwIBAgIJAKb5h3kq7dV0MA0GCSqGSIb3DQEBCwUAMBExDzANBgNVBAMMBmJlbmNoMB4XDTI2MDQzMDExMDIxM1oX"
              + "DTI3MDQzMDExMDIxM1owETEPMA0GA1UEAwwGYmVuY2gwggEiMA0GCSqGSIb3DQEBAQUAA4IBDwAwggEKAoIBAQC7vbqajDw4o6gJ"
              + "y8UtmIbkcpnkO3Kwc4qsEnSZp/TR+fQi62F79RHWmwKOtFmwteURgLbj7D/WGuNLGOfa/2vse3G2Ziiva8vPzgZzTKrHzsX5ZBKq"
              + "Mwo6JcOAQy5Q7G+YfBTEr8Q2U9rJm5n5WZ6o3yKa9PRpdLVNzXQeX2sa9fXoGd4ouWy2yGhc4j5DHhBzH6VMgOa/XSYI9u0tJYPv"
              + "0dW4bB5yCv8lYwT0JHcP5J1pVJw6Ue1YJ8tz4iGcBq5zAOtrp8z3N0pR5yZhHkZ8Ul3xvF1CqK0MvY7vC9jv8F5Qq3hM5bC0F6rJ"
              + "AgMBAAGjUDBOMB0GA1UdDgQWBBQ=</wsse:BinarySecurityToken>"
              + "<wsse:UsernameToken wsu:Id=\"UT-1\"><wsse:Username>service-account</wsse:Username>"
              + "<wsse:Nonce>dGhpcyBpcyBhIG5vbmNl</wsse:Nonce><wsu:Created>2026-04-30T11:02:13Z</wsu:Created>"
              + "</wsse:UsernameToken></wsse:Security>"
              + "<tr:Trace xmlns:tr=\"urn:bench:trace\"><tr:RequestId>8f14e45fceea167a5a36dedd4bea2543</tr:RequestId>"
              + "<tr:Node>api-3.eu-west</tr:Node><tr:Elapsed>12</tr:Elapsed></tr:Trace></S:Header>"
              + SOAP_RESPONSE_BODY
              + "</S:Envelope>");

  public static final String LOGIN = "jdoe@example.com";
  public static final String PASSWORD = "s3cr3t-P4ss";
  public static final String REMEMBER = "1";

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
