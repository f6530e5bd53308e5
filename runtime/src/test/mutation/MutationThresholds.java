import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The per-class gate of {@code -Pmutation} (run by the runtime's profile after PIT, as a single-file
 * program): every mutant of a guard class that survives must be listed in SURVIVORS.md, and every
 * guard class must have at least the threshold of its mutants detected, not counting those listed
 * there as equivalent (no test can tell them from the original; in a class of 8 mutants one such
 * mutant is already 12.5%). Both figures are printed. PIT's own {@code mutationThreshold} holds over
 * all guard classes together, equivalent mutants counted as survivors.
 *
 * <p>Arguments: PIT's {@code mutations.csv}, the threshold in percent, SURVIVORS.md, the guard classes.
 */
public final class MutationThresholds {
  /** A survivor's row in SURVIVORS.md: {@code | Class | method | Mutator | count | equivalent or untested | why |}. */
  private static final Pattern ROW = Pattern.compile(
      "^\\|\\s*`?([A-Za-z$]+)`?\\s*\\|\\s*`?([^|`]+?)`?\\s*\\|\\s*`?([A-Za-z]+)`?\\s*\\|\\s*(\\d+)\\s*\\|\\s*(equivalent|untested)\\s*\\|");

  public static void main(String[] args) throws IOException {
    Path csv = Path.of(args[0]);
    int threshold = Integer.parseInt(args[1]);
    Path survivorsFile = Path.of(args[2]);
    List<String> guards = List.of(args).subList(3, args.length);

    Map<String, int[]> perClass = new TreeMap<>(); // simple name -> {detected, total}
    Map<String, Integer> survivors = new TreeMap<>(); // "Class|method|Mutator" -> count
    for (String line : Files.readAllLines(csv)) {
      String[] f = line.split(",");
      if (f.length < 6) {
        continue;
      }
      String cls = f[1].substring(f[1].lastIndexOf('.') + 1);
      String top = cls.contains("$") ? cls.substring(0, cls.indexOf('$')) : cls;
      String mutator = f[2].substring(f[2].lastIndexOf('.') + 1).replace("Mutator", "");
      String status = f[5];
      boolean detected = status.equals("KILLED") || status.equals("TIMED_OUT")
          || status.equals("MEMORY_ERROR") || status.equals("RUN_ERROR");
      int[] counts = perClass.computeIfAbsent(top, k -> new int[2]);
      counts[1]++;
      if (detected) {
        counts[0]++;
      } else {
        survivors.merge(cls + "|" + f[3] + "|" + mutator, 1, Integer::sum);
      }
    }

    Map<String, Integer> explained = new LinkedHashMap<>();
    Map<String, Integer> equivalent = new LinkedHashMap<>();
    for (String line : Files.readAllLines(survivorsFile)) {
      Matcher m = ROW.matcher(line);
      if (m.find()) {
        String key = m.group(1) + "|" + m.group(2).trim() + "|" + m.group(3).replace("Mutator", "");
        explained.merge(key, Integer.parseInt(m.group(4)), Integer::sum);
        if (m.group(5).equals("equivalent")) {
          equivalent.merge(key, Integer.parseInt(m.group(4)), Integer::sum);
        }
      }
    }
    Map<String, Integer> equivalentPerClass = new TreeMap<>();
    for (Map.Entry<String, Integer> s : survivors.entrySet()) {
      String cls = s.getKey().split("\\|")[0];
      String top = cls.contains("$") ? cls.substring(0, cls.indexOf('$')) : cls;
      equivalentPerClass.merge(top, Math.min(s.getValue(), equivalent.getOrDefault(s.getKey(), 0)), Integer::sum);
    }

    List<String> problems = new ArrayList<>();
    System.out.printf("%-24s %10s %7s %11s %7s%n", "class", "detected", "", "equivalent", "gate");
    int allDetected = 0;
    int all = 0;
    for (String guard : guards) {
      int[] c = perClass.get(guard);
      if (c == null) {
        problems.add(guard + ": no mutants in the report (not mutated?)");
        continue;
      }
      int eq = equivalentPerClass.getOrDefault(guard, 0);
      double raw = 100.0 * c[0] / c[1];
      double gate = 100.0 * c[0] / (c[1] - eq);
      allDetected += c[0];
      all += c[1];
      System.out.printf("%-24s %4d/%-5d %6.1f%% %11d %6.1f%%%n", guard, c[0], c[1], raw, eq, gate);
      if (gate < threshold) {
        problems.add(guard + ": " + c[0] + "/" + (c[1] - eq) + " non-equivalent mutants detected, below " + threshold + "%");
      }
    }
    System.out.printf("%-24s %4d/%-5d %6.1f%%%n", "all guard classes", allDetected, all, 100.0 * allDetected / all);
    for (Map.Entry<String, Integer> s : survivors.entrySet()) {
      String top = s.getKey().contains("$") ? s.getKey().substring(0, s.getKey().indexOf('$')) : s.getKey().split("\\|")[0];
      if (!guards.contains(top)) {
        continue;
      }
      int listed = explained.getOrDefault(s.getKey(), 0);
      if (listed < s.getValue()) {
        problems.add("unexplained survivor" + (s.getValue() - listed > 1 ? "s" : "") + " "
            + s.getKey().replace('|', ' ') + " (" + s.getValue() + " surviving, " + listed + " in " + survivorsFile.getFileName() + ")");
      }
    }
    if (!problems.isEmpty()) {
      problems.forEach(p -> System.out.println("FAIL " + p));
      System.exit(1);
    }
    System.out.println("every guard class at " + threshold + "% or more; every survivor explained");
  }
}
