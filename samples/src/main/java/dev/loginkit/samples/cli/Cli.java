package dev.loginkit.samples.cli;

import dev.loginkit.LoginClientConfig;
import dev.loginkit.LoginConfigurationException;
import dev.loginkit.LoginResult;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code <api> --base-url <url> [--<wire-name> <value>]...}: one login, one JSON line on stdout;
 * exit 0 on success, 1 on a challenge or failure, 2 on a usage error (explained on stderr). {@code
 * --help} or {@code -h} prints the usage on stdout and exits 0.
 */
public final class Cli {
  /** The seed APIs, in seed order. */
  private static final List<ApiCommand> COMMANDS =
      List.of(
          new InterServerSoapCommand(),
          new SendloopCommand(),
          new InterServerRestCommand(),
          new ThenticateCommand(),
          new TenTenCommand());

  private Cli() {}

  /** Runs one command line. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    // the API's place, or an option's (never a value's: a password may be "-h")
    for (int i = 0; i < args.length; i += i == 0 ? 1 : 2) {
      if (args[i].equals("--help") || args[i].equals("-h")) {
        out.println(usage());
        return 0;
      }
    }
    try {
      ApiCommand command = command(args[0]);
      Map<String, String> options = options(args, command);
      String baseUrl = options.remove("base-url");
      if (baseUrl == null) {
        throw new UsageException("missing required option --base-url");
      }
      for (String name : command.required()) {
        if (!options.containsKey(name)) {
          throw new UsageException("missing required option --" + name + " for " + command.name());
        }
      }
      LoginClientConfig config = LoginClientConfig.builder().baseUrl(baseUrl).build();
      LoginResult<?> result = command.login(config, options);
      out.println(OutcomeJson.render(command.name(), result));
      return result instanceof LoginResult.Success ? 0 : 1;
    } catch (UsageException | LoginConfigurationException e) {
      err.println("usage error: " + e.getMessage());
      err.println(usage());
      return 2;
    }
  }

  private static ApiCommand command(String name) throws UsageException {
    for (ApiCommand command : COMMANDS) {
      if (command.name().equals(name)) {
        return command;
      }
    }
    throw new UsageException("unknown API '" + name + "'");
  }

  private static Map<String, String> options(String[] args, ApiCommand command)
      throws UsageException {
    Map<String, String> options = new LinkedHashMap<>();
    for (int i = 1; i < args.length; i += 2) {
      String flag = args[i];
      if (!flag.startsWith("--") || flag.length() == 2) {
        throw new UsageException("expected an option like --name, got argument " + i);
      }
      String name = flag.substring(2);
      if (!name.equals("base-url") && !command.options().contains(name)) {
        throw new UsageException("unknown option --" + name + " for " + command.name());
      }
      if (i + 1 >= args.length) {
        throw new UsageException("option --" + name + " needs a value");
      }
      if (options.put(name, args[i + 1]) != null) {
        throw new UsageException("option --" + name + " given twice");
      }
    }
    return options;
  }

  private static String usage() {
    StringBuilder out =
        new StringBuilder(
            "usage: java -jar loginkit-samples.jar [<api> --base-url <url> [--<option> <value>]...]");
    out.append(
        "\nLogs in once and prints one JSON line; exit 0 on success, 1 on a challenge or failure,"
            + " 2 on a usage error. Options in [brackets] are optional, the others required.");
    for (ApiCommand command : COMMANDS) {
      out.append("\n  ").append(command.name()).append(" --base-url <url>");
      for (String option : command.options()) {
        boolean required = command.required().contains(option);
        out.append(required ? " --" : " [--")
            .append(option)
            .append(" <value>")
            .append(required ? "" : "]");
      }
    }
    out.append("\nWithout arguments it runs the demo against an embedded local server.");
    out.append("\n--help, -h: print this and exit.");
    return out.toString();
  }
}
