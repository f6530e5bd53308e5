package dev.loginkit.samples.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loginkit.samples.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The demo runs against its embedded server, shows a success and a failure per API, and leaks
 * nothing.
 */
class DemoTest {
  @Test
  void demoLogsInToEveryApiAndPrintsNoSecret() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int exit =
        Main.run(
            new String[0],
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    String printed = out.toString(StandardCharsets.UTF_8);
    assertEquals(0, exit, printed + err);
    for (String api :
        new String[] {
          "interserver-soap", "sendloop", "interserver-rest", "ithenticate", "1010data"
        }) {
      assertTrue(printed.contains("{\"api\":\"" + api + "\",\"outcome\":\"success\""), printed);
      assertTrue(printed.contains("{\"api\":\"" + api + "\",\"outcome\":\"failure\""), printed);
    }
    assertTrue(
        printed.contains("\"outcome\":\"challenge\",\"reason\":\"TWO_FACTOR_REQUIRED\""), printed);
    assertTrue(
        printed.contains(
            "{\"api\":\"1010data\",\"outcome\":\"success\",\"reason\":null,\"code\":null,"
                + "\"message\":null,\"httpStatus\":null,\"session\":{\"sid\":null,"),
        printed);
    assertTrue(
        printed.contains(
            "\"reason\":\"ACCESS_DENIED\",\"code\":\"403\",\"message\":\"Access denied from 127.0.0.1\","
                + "\"httpStatus\":200,\"details\":{\"ip\":\"127.0.0.1\"}"),
        printed);
    for (String secret :
        new String[] {
          InterServerEmulator.PASSWORD,
          TenTenEmulator.PASSWORD,
          TenTenEmulator.ENCRYPTED_PASSWORD,
          SoapEmulator.PASSWORD,
          SendloopEmulator.PASSWORD,
          SendloopEmulator.API_KEY,
          ThenticateEmulator.PASSWORD,
          "not-my-password",
          "wrong-password"
        }) {
      assertFalse(printed.contains(secret), secret);
    }
  }
}
