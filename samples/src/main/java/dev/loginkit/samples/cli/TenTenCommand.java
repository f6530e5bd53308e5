package dev.loginkit.samples.cli;

import dev.loginkit.LoginClientConfig;
import dev.loginkit.LoginResult;
import dev.loginkit.samples.tenten.Kill;
import dev.loginkit.samples.tenten.TenTenLoginClient;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code 1010data}: seed 004. */
final class TenTenCommand implements ApiCommand {
  @Override
  public String name() {
    return "1010data";
  }

  @Override
  public List<String> required() {
    return List.of("uid", "pswd");
  }

  @Override
  public List<String> options() {
    return List.of("uid", "pswd", "kill");
  }

  @Override
  public LoginResult<?> login(LoginClientConfig config, Map<String, String> options)
      throws UsageException {
    Kill kill = null;
    String wire = options.get("kill");
    if (wire != null) {
      try {
        kill = Kill.valueOf(wire.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new UsageException("--kill must be one of yes, no, possess, auth");
      }
    }
    Kill chosen = kill;
    TenTenLoginClient client = new TenTenLoginClient(config);
    return Results.of(() -> client.login(options.get("uid"), options.get("pswd"), chosen));
  }
}
