package dev.loginkit.internal;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.loginkit.annotations.Format;

/**
 * Fuzzes the XML decoder and the interpretation behind it; the normal build replays the stored
 * inputs in {@code XmlDecoderFuzzTestInputs/fuzz}. To fuzz, see docs/SECURITY.md.
 */
class XmlDecoderFuzzTest {
  @FuzzTest(maxDuration = "10m")
  void fuzz(byte[] data) {
    FuzzSupport.decodeAndInterpret(Format.XML, data);
  }
}
