package dev.loginkit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.loginkit.annotations.In;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

class RedactorTest {

  private static Redactor forSecret(String secret) {
    return Redactor.forSecrets(new Params().param("user", "alice").secret("password", secret));
  }

  @Test
  void rawSecretIsMasked() {
    assertEquals(
        "wrong password *** for alice",
        forSecret("hunter2").redact("wrong password hunter2 for alice"));
  }

  @Test
  void everyOccurrenceIsMasked() {
    assertEquals("*** and ***", forSecret("hunter2").redact("hunter2 and hunter2"));
  }

  @Test
  void formEncodedSecretIsMasked() {
    assertEquals("passwd=***&x=1", forSecret("a b&c").redact("passwd=a+b%26c&x=1"));
  }

  @Test
  void percentTwentySpellingIsMasked() {
    assertEquals("passwd=***", forSecret("a b&c").redact("passwd=a%20b%26c"));
  }

  @Test
  void rawSpellingWithSpecialCharactersIsMasked() {
    assertEquals("[***]", forSecret("a b&c").redact("[a b&c]"));
  }

  @Test
  void jsonEscapedSecretIsMasked() {
    assertEquals(
        "{\"password\":\"***\"}", forSecret("pa\"ss").redact("{\"password\":\"pa\\\"ss\"}"));
  }

  @Test
  void jsonEscapedBackslashAndNewlineAreMasked() {
    assertEquals("\"***\"", forSecret("a\\b\nc").redact("\"a\\\\b\\nc\""));
  }

  @Test
  void xmlEscapedSecretIsMasked() {
    assertEquals("<pswd>***</pswd>", forSecret("p<ss").redact("<pswd>p&lt;ss</pswd>"));
  }

  @Test
  void xmlEscapedAmpersandAndQuotesAreMasked() {
    assertEquals("v=\"***\"", forSecret("a&b'\"").redact("v=\"a&amp;b&apos;&quot;\""));
  }

  @Test
  void base64SecretIsMasked() {
    String b64 =
        Base64.getEncoder().encodeToString("user:s3cr3t!".getBytes(StandardCharsets.UTF_8));
    Redactor redactor = forSecret("user:s3cr3t!");
    assertEquals("Authorization: Basic ***", redactor.redact("Authorization: Basic " + b64));
  }

  @Test
  void textWithoutSecretsIsUnchanged() {
    String text = "Invalid user identification for alice (code 4)";
    assertEquals(text, forSecret("hunter2").redact(text));
  }

  @Test
  void nonSecretParamsAreNotMasked() {
    assertEquals("alice: ***", forSecret("hunter2").redact("alice: hunter2"));
  }

  @Test
  void noSecretsLeavesTextUnchanged() {
    Redactor redactor = Redactor.forSecrets(new Params().param("user", "alice"));
    assertEquals("alice hunter2", redactor.redact("alice hunter2"));
  }

  @Test
  void nullTextStaysNull() {
    assertNull(forSecret("hunter2").redact(null));
  }

  @Test
  void emptySecretIsIgnored() {
    assertEquals("nothing to hide", forSecret("").redact("nothing to hide"));
  }

  @Test
  void nestedSecretsAreMasked() {
    Params params = new Params().param("auth", new Params().secret("token", "t0k3n"));
    assertEquals("bad token ***", Redactor.forSecrets(params).redact("bad token t0k3n"));
  }

  @Test
  void headerAndQuerySecretsAreMasked() {
    Params params =
        new Params().secret("X-Api-Key", "k3y", In.HEADER).secret("pswd", "pw0", In.QUERY);
    assertEquals("*** ***", Redactor.forSecrets(params).redact("k3y pw0"));
  }

  @Test
  void secretContainingAnotherIsMaskedWhole() {
    Params params = new Params().secret("a", "abc").secret("b", "abcdef");
    assertEquals("*** ***", Redactor.forSecrets(params).redact("abcdef abc"));
  }

  @Test
  void urlQueryValueIsMasked() {
    Redactor redactor = forSecret("p@ss w+rd&x");
    HttpUrl url =
        HttpUrl.get("https://h/gw.k")
            .newBuilder()
            .addQueryParameter("uid", "alice")
            .addQueryParameter("pswd", "p@ss w+rd&x")
            .build();
    assertEquals("https://h/gw.k?uid=alice&pswd=***", redactor.url(url));
  }

  @Test
  void excerptIsOneLineBoundedAndRedacted() {
    Redactor redactor = forSecret("hunter2");
    assertEquals("a *** b", redactor.excerpt("  a\n\thunter2\r\n b  ", 100));
    assertEquals("abcde…", redactor.excerpt("abcdefgh", 5));
  }
}
