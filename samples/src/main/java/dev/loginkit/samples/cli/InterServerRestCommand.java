package dev.loginkit.samples.cli;

import dev.loginkit.LoginClientConfig;
import dev.loginkit.LoginResult;
import dev.loginkit.samples.interserver.InterServerRestLoginClient;
import java.util.List;
import java.util.Map;

/** {@code interserver-rest}: seed 002, JSON body. */
final class InterServerRestCommand implements ApiCommand {
  @Override
  public String name() {
    return "interserver-rest";
  }

  @Override
  public List<String> required() {
    return List.of("login", "passwd");
  }

  @Override
  public List<String> options() {
    return List.of("login", "passwd", "remember", "tfa");
  }

  @Override
  public LoginResult<?> login(LoginClientConfig config, Map<String, String> options) {
    return new InterServerRestLoginClient(config)
        .login(
            options.get("login"),
            options.get("passwd"),
            options.get("remember"),
            null,
            options.get("tfa"));
  }
}
