package dev.loginkit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.loginkit.annotations.In;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParamsTest {

  @Test
  void keepsEveryPlaceAndSecretFlagInOrderPastItsFirstCapacity() {
    Params params = new Params();
    for (int round = 0; round < 3; round++) {
      for (In in : In.values()) {
        params.param("p" + round + in, "v", in).secret("s" + round + in, "w", in);
      }
    }

    assertEquals(3 * In.values().length * 2, params.size());
    for (int i = 0; i < params.size(); i++) {
      In in = In.values()[(i / 2) % In.values().length];
      assertEquals(in, params.in(i), params.name(i));
      assertEquals(i % 2 == 1, params.isSecret(i), params.name(i));
      assertEquals((i % 2 == 1 ? "s" : "p") + (i / (2 * In.values().length)) + in, params.name(i));
    }
  }

  @Test
  void copiesKeepPlacesAndSecrets() {
    Params params = new Params().param("h", "1", In.HEADER).secret("pw", "old").param("kill", "no");

    Params answered = params.withSecret("kill", "yes").with("pw", "new");

    assertEquals(
        List.of(In.HEADER, In.DEFAULT, In.DEFAULT),
        List.of(answered.in(0), answered.in(1), answered.in(2)));
    assertEquals(
        List.of(false, true, true),
        List.of(answered.isSecret(0), answered.isSecret(1), answered.isSecret(2)));
    List<String> secrets = new ArrayList<>();
    answered.collectSecrets(secrets);
    assertEquals(List.of("new", "yes"), secrets);
  }

  @Test
  void aComposedSecretIsMaskedAsSentAsFilledAndByItsInputsAlsoInCopiesForARetryOrAChallenge() {
    Params params =
        new Params()
            .param("kill", "no")
            .composed(
                "Authorization",
                In.HEADER,
                dev.loginkit.annotations.ValueEncoding.BASE64,
                "Basic ",
                true,
                "Aladdin",
                ":",
                "open sesame")
            .alsoSecret("open sesame");
    assertEquals("Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==", params.value(1));

    for (Params p :
        List.of(params, params.with("kill", "possess"), params.withSecret("otp", "123456"))) {
      List<String> secrets = new ArrayList<>();
      p.collectSecrets(secrets);
      assertEquals(
          true,
          secrets.containsAll(
              List.of("Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==", "Aladdin:open sesame", "open sesame")),
          secrets.toString());
    }
  }

  @Test
  void aDefaultedValueIsMarkedAndAPassedOneIsNot() {
    Params params =
        new Params()
            .paramOrDefault("kill", null, "no", In.DEFAULT)
            .paramOrDefault("mode", "x", "y", In.DEFAULT);
    assertEquals("no", params.value(0));
    assertEquals(true, params.isDefaulted(0));
    assertEquals("x", params.value(1));
    assertEquals(false, params.isDefaulted(1));
  }

  @Test
  void anArrayKeepsPositionsWithJsonNulls() {
    Params array = new Params().array().param("0", "a").param("1", null).param("2", "c");
    assertEquals(3, array.size());
    assertEquals(Params.JSON_NULL, array.value(1));
    assertEquals(
        "[\"a\",null,\"c\"]",
        new String(
                RequestEncoder.json(new Params().param("p", array), false),
                java.nio.charset.StandardCharsets.UTF_8)
            .replace("{\"p\":", "")
            .replace("]}", "]"));
  }
}
