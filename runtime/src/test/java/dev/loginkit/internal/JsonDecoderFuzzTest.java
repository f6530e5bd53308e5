package dev.loginkit.internal;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.loginkit.annotations.Format;

/**
 * Fuzzes the JSON decoder and the interpretation behind it; the normal build replays the stored
 * inputs in {@code JsonDecoderFuzzTestInputs/fuzz}. To fuzz, see docs/SECURITY.md.
 */
class JsonDecoderFuzzTest {
  @FuzzTest(maxDuration = "10m")
  void fuzz(byte[] data) {
    FuzzSupport.decodeAndInterpret(Format.JSON, data);
  }
}
