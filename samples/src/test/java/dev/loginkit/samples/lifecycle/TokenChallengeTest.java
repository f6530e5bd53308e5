package dev.loginkit.samples.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.loginkit.LoginClientConfig;
import dev.loginkit.LoginResult;
import dev.loginkit.annotations.FailureReason;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** A challenge that hands back a server token, continued at another endpoint. */
class TokenChallengeTest {
  @StartStop public final MockWebServer server = new MockWebServer();

  private MfaTokenLogin client() {
    return new MfaTokenLoginClient(
        LoginClientConfig.builder().baseUrl(server.url("/").toString()).build());
  }

  private static MockResponse json(int code, String body) {
    return new MockResponse.Builder()
        .code(code)
        .addHeader("Content-Type", "application/json")
        .body(body)
        .build();
  }

  @Test
  void theTokenIsEchoedWithTheCodeToTheContinuationEndpoint() throws Exception {
    server.enqueue(json(401, "{\"mfa_required\":true,\"token\":\"t-123\"}"));
    server.enqueue(json(200, "{\"access_token\":\"at-9\"}"));

    LoginResult<MfaTokenLogin.MfaSession> first = client().login("ann", "pw-1");
    LoginResult.Challenge<MfaTokenLogin.MfaSession> challenge =
        assertInstanceOf(LoginResult.Challenge.class, first);
    assertEquals(FailureReason.TWO_FACTOR_REQUIRED, challenge.reason());
    assertFalse(challenge.toString().contains("t-123"));
    MfaTokenLogin.MfaSession session = challenge.continueWith("654321").orThrow();

    RecordedRequest login = server.takeRequest(5, TimeUnit.SECONDS);
    assertEquals("/login", login.getTarget());
    assertEquals("{\"username\":\"ann\",\"password\":\"pw-1\"}", login.getBody().utf8());
    RecordedRequest mfa = server.takeRequest(5, TimeUnit.SECONDS);
    assertEquals("POST", mfa.getMethod());
    assertEquals("/login/mfa", mfa.getTarget());
    assertEquals(
        "{\"username\":\"ann\",\"password\":\"pw-1\",\"login_token\":\"t-123\",\"otp\":\"654321\"}",
        mfa.getBody().utf8());
    assertEquals("at-9", session.accessToken().reveal());
  }

  @Test
  void aRejectedCodeAtTheContinuationEndpointIsAFailureWithoutSecrets() {
    server.enqueue(json(401, "{\"mfa_required\":true,\"token\":\"t-123\"}"));
    server.enqueue(json(401, "{\"error\":\"bad code 000000 for token t-123\"}"));

    LoginResult<MfaTokenLogin.MfaSession> second =
        assertInstanceOf(LoginResult.Challenge.class, client().login("ann", "pw-1"))
            .continueWith("000000");

    LoginResult.Failure<MfaTokenLogin.MfaSession> failure =
        assertInstanceOf(LoginResult.Failure.class, second);
    assertEquals(FailureReason.INVALID_CREDENTIALS, failure.reason());
    assertEquals("bad code *** for token ***", failure.failure().message());
    assertEquals(2, server.getRequestCount());
  }
}
