package dev.loginkit.benchmarks.interleaved;

import dev.loginkit.benchmarks.decode.JsonDecodeBenchmark;
import dev.loginkit.benchmarks.decode.XmlDecodeBenchmark;
import dev.loginkit.benchmarks.loopback.LoopbackBenchmark;
import dev.loginkit.benchmarks.soap.SoapLoopbackBenchmark;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Time ratios for a noisy machine. JMH measures one contender after another, minutes apart, so a
 * burst of load from another process lands on whichever contender runs then. Here, in one JVM (one
 * per case, like a JMH fork), the contenders of one case are warmed together and then timed in
 * short slices, in a new random order every round: each round's ratios compare slices taken within
 * a fraction of a second of each other, and the median over rounds discards the rounds a burst hit.
 * It reuses the JMH benchmark classes (their {@code @Setup} included), so it times the same code.
 * Allocation is not measured here: JMH's {@code -prof gc} is the figure for that.
 *
 * <p>{@code java -cp benchmarks.jar dev.loginkit.benchmarks.interleaved.Interleaved json flat}
 * prints one JSON object: {@code {"group":…,"case":…,"unit":"ns","rounds":{contender:[ns/op…]}}}.
 */
public final class Interleaved {
  /** Results escape here, so the JIT cannot drop the work. */
  public static volatile Object sink;

  private Interleaved() {}

  interface Op {
    Object run() throws Exception;
  }

  public static void main(String[] args) throws Exception {
    String group = args[0];
    String kase = args[1];
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 15;
    Map<String, Op> ops = new LinkedHashMap<>();
    long sliceNanos;
    Runnable tearDown = () -> {};
    switch (group) {
      case "json" -> {
        JsonDecodeBenchmark b = new JsonDecodeBenchmark();
        b.payload = kase;
        b.setup();
        ops.put("loginkit", b::loginkit);
        ops.put("floor", b::floor);
        ops.put("databind", b::databind);
        ops.put("readTree", b::readTree);
        ops.put("retrofitConverter", b::retrofitConverter);
        ops.put("feignDecoder", b::feignDecoder);
        sliceNanos = 40_000_000L;
      }
      case "xml" -> {
        XmlDecodeBenchmark b = new XmlDecodeBenchmark();
        b.payload = kase;
        b.setup();
        ops.put("loginkit", b::loginkit);
        ops.put("floor", b::floor);
        ops.put("xmlMapper", b::xmlMapper);
        ops.put("jaxb", b::jaxb);
        sliceNanos = 50_000_000L;
      }
      case "loopback" -> {
        String[] parts = kase.split(",");
        LoopbackBenchmark b = new LoopbackBenchmark();
        b.encoding = parts[0];
        b.transport = parts[1];
        b.setup();
        ops.put("loginkit", b::loginkit);
        ops.put("floor", b::floor);
        ops.put("retrofit", b::retrofit);
        ops.put("feign", b::feign);
        sliceNanos = 100_000_000L;
        tearDown = b::tearDown;
      }
      case "soap" -> {
        SoapLoopbackBenchmark b = new SoapLoopbackBenchmark();
        b.setup();
        ops.put("loginkit", b::loginkit);
        ops.put("floor", b::floor);
        ops.put("jaxws", b::jaxws);
        ops.put("cxf", b::cxf);
        sliceNanos = 100_000_000L;
        tearDown = b::tearDown;
      }
      default -> throw new IllegalArgumentException(group);
    }
    List<String> names = new ArrayList<>(ops.keySet());
    Random random = new Random(42);
    // Warm-up: 20 interleaved slices each, enough for C2 on every contender.
    for (int i = 0; i < 20; i++) {
      Collections.shuffle(names, random);
      for (String name : names) {
        slice(ops.get(name), sliceNanos / 2);
      }
    }
    Map<String, List<Double>> results = new LinkedHashMap<>();
    for (String name : ops.keySet()) {
      results.put(name, new ArrayList<>());
    }
    for (int r = 0; r < rounds; r++) {
      Collections.shuffle(names, random);
      for (String name : names) {
        results.get(name).add(slice(ops.get(name), sliceNanos));
      }
    }
    tearDown.run();
    StringBuilder out =
        new StringBuilder("{\"group\":\"")
            .append(group)
            .append("\",\"case\":\"")
            .append(kase)
            .append("\",\"unit\":\"ns\",\"rounds\":{");
    String sep = "";
    for (Map.Entry<String, List<Double>> e : results.entrySet()) {
      out.append(sep).append('"').append(e.getKey()).append("\":").append(e.getValue());
      sep = ",";
    }
    System.out.println(out.append("}}"));
    System.exit(0);
  }

  /** Runs {@code op} for about {@code nanos}; returns nanoseconds per call. */
  private static double slice(Op op, long nanos) throws Exception {
    long start = System.nanoTime();
    long end = start + nanos;
    long calls = 0;
    long now;
    do {
      for (int i = 0; i < 8; i++) {
        sink = op.run();
      }
      calls += 8;
      now = System.nanoTime();
    } while (now < end);
    return (double) (now - start) / calls;
  }
}
