package dev.loginkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LoginClientConfigTest {

  @Test
  void defaults() {
    LoginClientConfig config = LoginClientConfig.defaults();
    assertNull(config.baseUrl());
    assertNull(config.httpClient());
    assertEquals(Duration.ofSeconds(30), config.loginTimeout());
    assertEquals(LoginClientConfig.DEFAULT_LOGIN_TIMEOUT, config.loginTimeout());
    assertEquals(1L << 20, config.maxResponseBytes());
  }

  @Test
  void builderKeepsValues() {
    OkHttpClient client = new OkHttpClient();
    LoginClientConfig config =
        LoginClientConfig.builder()
            .baseUrl("http://127.0.0.1:8080")
            .httpClient(client)
            .loginTimeout(Duration.ofMillis(1500))
            .maxResponseBytes(4096)
            .build();
    assertEquals(HttpUrl.get("http://127.0.0.1:8080/"), config.baseUrl());
    assertSame(client, config.httpClient());
    assertEquals(Duration.ofMillis(1500), config.loginTimeout());
    assertEquals(4096, config.maxResponseBytes());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "not a url", "example.com", "ftp://example.com", "//example.com/x", "http//x"})
  void badBaseUrlIsRefusedShowingIt(String url) {
    LoginConfigurationException e =
        assertThrows(
            LoginConfigurationException.class, () -> LoginClientConfig.builder().baseUrl(url));
    assertEquals("base URL '" + url + "' is not an absolute http or https URL", e.getMessage());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "https://admin:Zq9-s3cret@example.com/acme/ | https://admin:***@example.com/acme/ | user name or password",
        "https://:Zq9-s3cret@example.com | https://:***@example.com | user name or password",
        "https://admin@example.com | https://admin:***@example.com | user name or password",
        "https://example.com/login?user=bob&token=Zq9-s3cret | https://example.com/login?user=***&token=*** | query or fragment",
        "https://example.com/#Zq9-s3cret | https://example.com/#Zq9-s3cret | query or fragment",
      })
  void baseUrlALoginCannotUseIsRefusedWithItsSecretsMasked(String url, String shown, String why) {
    LoginConfigurationException e =
        assertThrows(
            LoginConfigurationException.class, () -> LoginClientConfig.builder().baseUrl(url));
    assertTrue(e.getMessage().startsWith("base URL '" + shown + "' has a " + why), e.getMessage());
  }

  @Test
  void aBaseUrlShownInAMessageHasNoControlCharactersAndIsCapped() {
    LoginConfigurationException e =
        assertThrows(
            LoginConfigurationException.class,
            () -> LoginClientConfig.builder().baseUrl("ftp://x\r\n" + "y".repeat(500)));
    assertTrue(e.getMessage().startsWith("base URL 'ftp://x??yyy"), e.getMessage());
    assertTrue(e.getMessage().length() < 300, e.getMessage());
  }

  @Test
  void zeroTimeoutIsRefused() {
    assertThrows(
        LoginConfigurationException.class,
        () -> LoginClientConfig.builder().loginTimeout(Duration.ZERO));
  }

  @Test
  void negativeTimeoutIsRefused() {
    assertThrows(
        LoginConfigurationException.class,
        () -> LoginClientConfig.builder().loginTimeout(Duration.ofSeconds(-1)));
  }

  @Test
  @SuppressWarnings("deprecation")
  void deprecatedCallTimeoutIsTheLoginTimeout() {
    LoginClientConfig config =
        LoginClientConfig.builder().callTimeout(Duration.ofMillis(700)).build();
    assertEquals(Duration.ofMillis(700), config.loginTimeout());
    assertEquals(Duration.ofMillis(700), config.callTimeout());
    assertEquals(LoginClientConfig.DEFAULT_LOGIN_TIMEOUT, LoginClientConfig.DEFAULT_CALL_TIMEOUT);
    assertThrows(
        LoginConfigurationException.class,
        () -> LoginClientConfig.builder().callTimeout(Duration.ZERO));
  }

  @ParameterizedTest
  @ValueSource(longs = {0, -1, Long.MIN_VALUE})
  void nonPositiveMaxResponseBytesIsRefused(long bytes) {
    assertThrows(
        LoginConfigurationException.class,
        () -> LoginClientConfig.builder().maxResponseBytes(bytes));
  }
}
