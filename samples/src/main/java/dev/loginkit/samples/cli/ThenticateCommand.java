package dev.loginkit.samples.cli;

import dev.loginkit.LoginClientConfig;
import dev.loginkit.LoginResult;
import dev.loginkit.samples.ithenticate.ThenticateLoginClient;
import java.util.List;
import java.util.Map;

/** {@code ithenticate}: seed 003. */
final class ThenticateCommand implements ApiCommand {
  @Override
  public String name() {
    return "ithenticate";
  }

  @Override
  public List<String> required() {
    return List.of("username", "password");
  }

  @Override
  public List<String> options() {
    return List.of("username", "password");
  }

  @Override
  public LoginResult<?> login(LoginClientConfig config, Map<String, String> options) {
    ThenticateLoginClient client = new ThenticateLoginClient(config);
    return Results.of(() -> client.login(options.get("username"), options.get("password")));
  }
}
