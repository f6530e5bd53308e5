package dev.loginkit.samples.cli;

import dev.loginkit.LoginClientConfig;
import dev.loginkit.LoginResult;
import java.util.List;
import java.util.Map;

/** One seed API on the command line: which options it takes and how it logs in with them. */
public interface ApiCommand {
  /** The command name, e.g. {@code 1010data}. */
  String name();

  /** The wire names accepted as {@code --name value} options. */
  List<String> options();

  /** Those of {@link #options()} that must be given. */
  List<String> required();

  /** Logs in once with the given options (wire name → value). */
  LoginResult<?> login(LoginClientConfig config, Map<String, String> options) throws UsageException;
}
