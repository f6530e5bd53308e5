package dev.loginkit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.loginkit.annotations.In;
import dev.loginkit.annotations.SoapVersion;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * {@link XmlBodies} writes exactly the bytes {@link WoodstoxBodies} (the Woodstox stream writer it
 * replaced) writes, and refuses exactly what Woodstox refused: every character in text, names and
 * attribute values, and random envelopes and calls of every shape.
 */
class XmlBodiesWoodstoxTest {
  private static final String[] PIECES = {
    "a",
    "Zz0",
    "0123456789",
    " ",
    "]",
    "]]",
    ">",
    "<",
    "&",
    "\"",
    "'",
    "\t",
    "\n",
    "\r",
    "é",
    "\u0085",
    "\u00a0",
    "\u2028",
    "\ufffd",
    "\ufffe",
    "\ud83d\ude00",
    "]]>",
    "&amp;",
    "\u0001",
    "\ud800",
    "\udc00",
    "x y",
    ":"
  };

  @Test
  void everyCharacterInElementText() {
    for (int c = 0; c <= 0xFFFF; c++) {
      String ch = String.valueOf((char) c);
      for (String value : List.of(ch, "]" + ch, "a" + ch + ">", "0123456789ab" + ch + ">")) {
        Params params = new Params().param("v", value);
        assertSame(
            "text " + describe(value),
            () -> WoodstoxBodies.xmlRpc("m", false, params),
            () -> XmlBodies.xmlRpc("m", false, params));
      }
    }
  }

  @Test
  void greaterThanSignsInShortAndLongTexts() {
    String[] alphabet = {"a", "]", ">", "<", "&", "\r", "\u0085", "\ud83d\ude00"};
    for (String prefix : List.of("", "x", "0123456789ab")) {
      for (String a : alphabet) {
        for (String b : alphabet) {
          for (String c : alphabet) {
            Params params = new Params().param("v", prefix + a + b + c);
            assertSame(
                "text " + describe(prefix + a + b + c),
                () -> WoodstoxBodies.xmlRpc("m", false, params),
                () -> XmlBodies.xmlRpc("m", false, params));
          }
        }
      }
    }
  }

  @Test
  void textsLongerThanWoodstoxsCopyBuffer() {
    for (int length = 500; length < 1600; length++) {
      for (String tail : List.of(">", "]>", "<>", "\ud83d\ude00>", ">>")) {
        String value = "a".repeat(length) + tail + "a".repeat(length % 7);
        Params params = new Params().param("v", value);
        assertSame(
            "text of " + value.length(),
            () -> WoodstoxBodies.xmlRpc("m", false, params),
            () -> XmlBodies.xmlRpc("m", false, params));
      }
    }
  }

  @Test
  void everyCharacterInANamespace() {
    for (int c = 0; c <= 0xFFFF; c++) {
      String ch = String.valueOf((char) c);
      for (String namespace : List.of(ch, "urn:" + ch + "x", "urn:0123456789abcdef" + ch)) {
        SoapSpec spec = new SoapSpec(SoapVersion.V1_1, namespace, "login", "", false, false);
        Params params = new Params().param("u", "v");
        assertSame(
            "namespace " + describe(namespace),
            () -> WoodstoxBodies.soap(spec, params),
            () -> XmlBodies.soap(spec, params));
      }
    }
  }

  @Test
  void randomEnvelopesAndMethodCalls() {
    Random random = new Random(20240611);
    for (int n = 0; n < 3000; n++) {
      Params params = randomParams(random, 0);
      SoapSpec spec =
          new SoapSpec(
              random.nextBoolean() ? SoapVersion.V1_1 : SoapVersion.V1_2,
              randomText(random, 3),
              randomText(random, 2),
              "",
              random.nextBoolean(),
              random.nextBoolean());
      assertSame(
          "soap " + spec + " " + params,
          () -> WoodstoxBodies.soap(spec, params),
          () -> XmlBodies.soap(spec, params));
      String method = randomText(random, 2);
      boolean struct = random.nextBoolean();
      assertSame(
          "xml-rpc " + describe(method) + " " + params,
          () -> WoodstoxBodies.xmlRpc(method, struct, params),
          () -> XmlBodies.xmlRpc(method, struct, params));
    }
  }

  private static Params randomParams(Random random, int depth) {
    Params params = new Params();
    int size = random.nextInt(depth == 0 ? 5 : 3);
    for (int i = 0; i < size; i++) {
      In in = In.values()[random.nextInt(In.values().length)];
      params.param(randomText(random, 2), randomValue(random, depth), depth == 0 ? in : In.DEFAULT);
    }
    return params;
  }

  private static Object randomValue(Random random, int depth) {
    switch (random.nextInt(depth < 2 ? 8 : 7)) {
      case 0:
        return random.nextInt();
      case 1:
        return random.nextLong();
      case 2:
        return (short) random.nextInt();
      case 3:
        return random.nextBoolean();
      case 4:
        return random.nextDouble();
      case 5:
        return random.nextFloat();
      case 6:
        return randomText(random, 4);
      default:
        return randomParams(random, depth + 1);
    }
  }

  private static String randomText(Random random, int pieces) {
    StringBuilder text = new StringBuilder();
    int count = 1 + random.nextInt(pieces);
    for (int i = 0; i < count; i++) {
      // Mostly plain pieces, so that most cases are writable and compared byte for byte.
      text.append(
          random.nextInt(4) > 0
              ? PIECES[random.nextInt(3)]
              : PIECES[random.nextInt(PIECES.length)]);
    }
    return text.toString();
  }

  /** Both write the same bytes, or both refuse. */
  private static void assertSame(String what, Supplier<byte[]> woodstox, Supplier<byte[]> direct) {
    assertEquals(outcome(woodstox), outcome(direct), what);
  }

  private static String outcome(Supplier<byte[]> body) {
    try {
      return new String(body.get(), StandardCharsets.ISO_8859_1); // byte for byte
    } catch (RuntimeException e) {
      return "refused";
    }
  }

  private static String describe(String text) {
    StringBuilder out = new StringBuilder();
    text.chars().forEach(c -> out.append(String.format("\\u%04x", c)));
    return out.toString();
  }
}
