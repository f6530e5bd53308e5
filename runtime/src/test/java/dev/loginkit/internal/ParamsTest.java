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

    assertEquals(List.of(In.HEADER, In.DEFAULT, In.DEFAULT), List.of(answered.in(0), answered.in(1), answered.in(2)));
    assertEquals(List.of(false, true, true),
        List.of(answered.isSecret(0), answered.isSecret(1), answered.isSecret(2)));
    List<String> secrets = new ArrayList<>();
    answered.collectSecrets(secrets);
    assertEquals(List.of("new", "yes"), secrets);
  }
}
