package dev.loginkit.processor;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/DIAGNOSTICS.md lists every diagnostic of the catalogue. */
class DiagnosticsDocTest {
  @Test
  void everyMessageIsDocumented() throws Exception {
    String doc = Files.readString(Path.of("..", "docs", "DIAGNOSTICS.md"));
    for (Message message : Message.values()) {
      assertTrue(
          doc.contains("`" + message.id() + "`"),
          message.id() + " is missing from docs/DIAGNOSTICS.md");
    }
  }
}
