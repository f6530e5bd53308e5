package dev.loginkit.samples.cli;

import dev.loginkit.LoginClientConfig;
import dev.loginkit.LoginResult;
import dev.loginkit.annotations.Format;
import dev.loginkit.samples.sendloop.SendloopLoginClient;
import java.util.List;
import java.util.Map;

/** {@code sendloop}: seed 001. */
final class SendloopCommand implements ApiCommand {
  @Override
  public String name() {
    return "sendloop";
  }

  @Override
  public List<String> required() {
    return List.of("Username", "Password", "APIKey");
  }

  @Override
  public List<String> options() {
    return List.of("Username", "Password", "APIKey", "ResponseFormat");
  }

  @Override
  public LoginResult<?> login(LoginClientConfig config, Map<String, String> options)
      throws UsageException {
    String wire = options.get("ResponseFormat");
    Format format = null;
    if (wire != null) {
      if (!wire.equals("XML") && !wire.equals("JSON")) {
        throw new UsageException("--ResponseFormat must be XML or JSON");
      }
      format = Format.valueOf(wire);
    }
    Format chosen = format;
    SendloopLoginClient client = new SendloopLoginClient(config);
    return Results.of(
        () ->
            client.login(
                options.get("APIKey"), options.get("Username"), options.get("Password"), chosen));
  }
}
