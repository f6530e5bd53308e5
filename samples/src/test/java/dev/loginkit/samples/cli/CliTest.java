package dev.loginkit.samples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loginkit.samples.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The command-line contract: one JSON line, exit codes, secrets never printed. */
class CliTest {
  private static final String SECRET = "s3cr3t&pw";

  @StartStop public final MockWebServer server = new MockWebServer();

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return Main.run(
        args,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String stdout() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String everything() {
    return stdout() + err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void successPrintsOneJsonLineWithSecretsMaskedAndExitsZero() throws Exception {
    server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .body(
                "<out><rc>0</rc><sid>S1</sid><pswd>ENCRYPTED-VALUE</pswd><msg>hi</msg><version>v9</version></out>")
            .build());

    int exit =
        run(
            "1010data",
            "--base-url",
            server.url("/").toString(),
            "--uid",
            "jdoe",
            "--pswd",
            SECRET,
            "--kill",
            "possess");

    assertEquals(0, exit);
    assertEquals(
        "{\"api\":\"1010data\",\"outcome\":\"success\",\"reason\":null,\"code\":null,\"message\":null,"
            + "\"httpStatus\":null,\"session\":{\"sid\":\"S1\",\"encryptedPassword\":\"***\",\"message\":\"hi\","
            + "\"version\":\"v9\"}}"
            + System.lineSeparator(),
        stdout());
    assertEquals(
        "/gw.k?api=login&apiversion=3&uid=jdoe&pswd=s3cr3t%26pw&kill=possess",
        server.takeRequest().getTarget());
    assertFalse(everything().contains(SECRET));
    assertFalse(everything().contains("ENCRYPTED-VALUE"));
  }

  @Test
  void aBaseUrlWithAPathIsAPrefixOfTheDeclaredPath() throws Exception {
    server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .body("<out><rc>0</rc><sid>S1</sid><pswd>P</pswd></out>")
            .build());

    int exit =
        run(
            "1010data",
            "--base-url",
            server.url("/gateway/acme/").toString(),
            "--uid",
            "jdoe",
            "--pswd",
            SECRET,
            "--kill",
            "yes");

    assertEquals(0, exit, everything());
    assertEquals(
        "/gateway/acme/gw.k?api=login&apiversion=3&uid=jdoe&pswd=s3cr3t%26pw&kill=yes",
        server.takeRequest().getTarget());
  }

  @Test
  void aBaseUrlWithCredentialsIsAUsageErrorShownMasked() {
    int exit =
        run(
            "1010data",
            "--base-url",
            "http://admin:" + SECRET + "@127.0.0.1:1/",
            "--uid",
            "jdoe",
            "--pswd",
            SECRET);

    assertEquals(2, exit);
    assertTrue(
        everything()
            .contains("base URL 'http://admin:***@127.0.0.1:1/' has a user name or password"),
        everything());
    assertFalse(everything().contains(SECRET));
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void failurePrintsReasonCodeAndStatusAndExitsOne() {
    server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .body("<out><rc>4</rc><msg>Invalid user identification</msg></out>")
            .build());

    int exit =
        run(
            "1010data",
            "--base-url",
            server.url("/").toString(),
            "--uid",
            "jdoe",
            "--pswd",
            SECRET);

    assertEquals(1, exit);
    assertEquals(
        "{\"api\":\"1010data\",\"outcome\":\"failure\",\"reason\":\"INVALID_CREDENTIALS\",\"code\":\"4\","
            + "\"message\":\"Invalid user identification\",\"httpStatus\":200,\"session\":null}"
            + System.lineSeparator(),
        stdout());
  }

  @Test
  void challengeExitsOne() {
    server.enqueue(
        new MockResponse.Builder()
            .code(402)
            .body("{\"field\":\"2fa\",\"message\":\"missing 2fa\"}")
            .build());

    int exit =
        run(
            "interserver-rest",
            "--base-url",
            server.url("/").toString(),
            "--login",
            "a@b.c",
            "--passwd",
            SECRET);

    assertEquals(1, exit);
    assertTrue(
        stdout()
            .startsWith(
                "{\"api\":\"interserver-rest\",\"outcome\":\"challenge\",\"reason\":\"TWO_FACTOR_REQUIRED\""),
        stdout());
    assertFalse(everything().contains(SECRET));
  }

  @Test
  void aTransportErrorNeverPrintsTheQuerySecret() {
    String closedPort = "http://127.0.0.1:1";

    int exit = run("1010data", "--base-url", closedPort, "--uid", "jdoe", "--pswd", SECRET);

    assertEquals(1, exit);
    assertTrue(stdout().contains("\"reason\":\"TRANSPORT_ERROR\""), stdout());
    assertFalse(everything().contains(SECRET));
    assertFalse(everything().contains("s3cr3t%26pw"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"no-such-api", "--base-url"})
  void unknownApisAreUsageErrors(String api) {
    assertEquals(2, run(api, "--base-url", server.url("/").toString()));
    assertEquals("", stdout());
    assertTrue(err.toString(StandardCharsets.UTF_8).contains(api));
  }

  @Test
  void missingBaseUrlUnknownOptionsAndMissingCredentialsAreUsageErrors() {
    assertEquals(2, run("1010data", "--uid", "jdoe", "--pswd", SECRET));
    assertEquals(
        2, run("1010data", "--base-url", server.url("/").toString(), "--password", SECRET));
    assertEquals(2, run("1010data", "--base-url", server.url("/").toString(), "--uid", "jdoe"));
    assertEquals(2, run("1010data", "--base-url", server.url("/").toString(), "--uid"));
    assertEquals(0, server.getRequestCount());
    assertFalse(everything().contains(SECRET));
  }

  @ParameterizedTest
  @ValueSource(strings = {"--help", "-h"})
  void helpPrintsTheUsageOnStdoutAndExitsZero(String flag) {
    assertEquals(0, run(flag));
    assertTrue(stdout().startsWith("usage: "), stdout());
    assertEquals("", err.toString(StandardCharsets.UTF_8));
    out.reset();
    assertEquals(0, run("1010data", "--base-url", server.url("/").toString(), flag));
    assertTrue(stdout().startsWith("usage: "), stdout());
    assertEquals(0, server.getRequestCount());
  }

  /** A value is never taken for a flag: a password may be "-h". */
  @Test
  void aValueThatLooksLikeHelpIsAValue() {
    server.enqueue(
        new MockResponse.Builder().body("<out><rc>4</rc><msg>Invalid user</msg></out>").build());
    assertEquals(
        1,
        run("1010data", "--base-url", server.url("/").toString(), "--uid", "jdoe", "--pswd", "-h"));
    assertEquals(1, server.getRequestCount());
  }

  /** The flag the user types, not the Java parameter behind it. */
  @Test
  void aMissingOptionIsNamedAsTheFlag() {
    assertEquals(2, run("1010data", "--base-url", server.url("/").toString(), "--uid", "jdoe"));
    String error = err.toString(StandardCharsets.UTF_8);
    assertTrue(error.contains("missing required option --pswd"), error);
    assertFalse(error.contains("'password'"), error);
    err.reset();
    assertEquals(2, run("1010data", "--uid", "jdoe", "--pswd", SECRET));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("missing required option --base-url"));
  }

  @Test
  void theUsageShowsRequiredOptionsAsRequired() {
    assertEquals(0, run("--help"));
    assertTrue(
        stdout()
            .contains("1010data --base-url <url> --uid <value> --pswd <value> [--kill <value>]"),
        stdout());
    assertTrue(
        stdout()
            .contains(
                "interserver-rest --base-url <url> --login <value> --passwd <value> [--remember <value>]"),
        stdout());
  }
}
