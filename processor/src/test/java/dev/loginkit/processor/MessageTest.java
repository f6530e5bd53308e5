package dev.loginkit.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The diagnostic catalogue: stable ids, and text that starts with them. */
class MessageTest {

  @Test
  void idIsCamelCaseOfTheConstantName() {
    assertEquals("LoginKit:SecretInQuery", Message.SECRET_IN_QUERY.id());
    assertEquals("LoginKit:NotAnInterface", Message.NOT_AN_INTERFACE.id());
    assertEquals("LoginKit:CodeTableWithoutCodePath", Message.CODE_TABLE_WITHOUT_CODE_PATH.id());
  }

  @Test
  void formatPrefixesTheIdAndFillsTheArguments() {
    assertEquals(
        "[LoginKit:TwoEndpoints] Method login has both @Get and @Post. Keep exactly one.",
        Message.TWO_ENDPOINTS.format("login"));
  }

  @Test
  void idsAreDistinct() {
    Set<String> ids = new HashSet<>();
    for (Message message : Message.values()) {
      assertTrue(ids.add(message.id()), message.id());
    }
  }
}
