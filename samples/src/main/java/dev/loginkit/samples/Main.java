package dev.loginkit.samples;

import dev.loginkit.samples.cli.Cli;
import dev.loginkit.samples.demo.Demo;
import java.io.PrintStream;

/**
 * {@code java -jar loginkit-samples.jar} runs the demo; with arguments it logs in once: {@code java
 * -jar loginkit-samples.jar <api> --base-url <url> [--<wire-name> <value>]...}.
 */
public final class Main {
  private Main() {}

  /**
   * Runs and exits with the outcome's status (0 success, 1 challenge or failure, 2 usage error).
   */
  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /** Runs without exiting, for tests. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    return args.length == 0 ? Demo.run(out, err) : Cli.run(args, out, err);
  }
}
