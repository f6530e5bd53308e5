package dev.loginkit.samples.cli;

import dev.loginkit.LoginClientConfig;
import dev.loginkit.LoginResult;
import dev.loginkit.samples.soap.InterServerSoapLoginClient;
import java.util.List;
import java.util.Map;

/** {@code interserver-soap}: seed 000. */
final class InterServerSoapCommand implements ApiCommand {
  @Override
  public String name() {
    return "interserver-soap";
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
    InterServerSoapLoginClient client = new InterServerSoapLoginClient(config);
    return Results.of(() -> client.api_login(options.get("username"), options.get("password")));
  }
}
