package dev.loginkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
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
  @ValueSource(strings = {"", "not a url", "example.com", "ftp://example.com", "//example.com/x", "http//x"})
  void badBaseUrlIsRefused(String url) {
    LoginConfigurationException e =
        assertThrows(LoginConfigurationException.class, () -> LoginClientConfig.builder().baseUrl(url));
    assertEquals("base URL is not an absolute http or https URL", e.getMessage());
  }

  @Test
  void zeroTimeoutIsRefused() {
    assertThrows(LoginConfigurationException.class, () -> LoginClientConfig.builder().loginTimeout(Duration.ZERO));
  }

  @Test
  void negativeTimeoutIsRefused() {
    assertThrows(
        LoginConfigurationException.class, () -> LoginClientConfig.builder().loginTimeout(Duration.ofSeconds(-1)));
  }

  @Test
  @SuppressWarnings("deprecation")
  void deprecatedCallTimeoutIsTheLoginTimeout() {
    LoginClientConfig config = LoginClientConfig.builder().callTimeout(Duration.ofMillis(700)).build();
    assertEquals(Duration.ofMillis(700), config.loginTimeout());
    assertEquals(Duration.ofMillis(700), config.callTimeout());
    assertEquals(LoginClientConfig.DEFAULT_LOGIN_TIMEOUT, LoginClientConfig.DEFAULT_CALL_TIMEOUT);
    assertThrows(LoginConfigurationException.class, () -> LoginClientConfig.builder().callTimeout(Duration.ZERO));
  }

  @ParameterizedTest
  @ValueSource(longs = {0, -1, Long.MIN_VALUE})
  void nonPositiveMaxResponseBytesIsRefused(long bytes) {
    assertThrows(LoginConfigurationException.class, () -> LoginClientConfig.builder().maxResponseBytes(bytes));
  }
}
