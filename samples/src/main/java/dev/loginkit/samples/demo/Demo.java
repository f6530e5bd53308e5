package dev.loginkit.samples.demo;

import dev.loginkit.LoginClientConfig;
import dev.loginkit.LoginException;
import dev.loginkit.LoginResult;
import dev.loginkit.samples.cli.OutcomeJson;
import dev.loginkit.samples.interserver.InterServerRestLogin;
import dev.loginkit.samples.interserver.InterServerRestLoginClient;
import dev.loginkit.samples.interserver.Recaptcha;
import dev.loginkit.samples.tenten.Kill;
import dev.loginkit.samples.tenten.TenTenLogin;
import dev.loginkit.samples.tenten.TenTenLoginClient;
import java.io.IOException;
import java.io.PrintStream;

/**
 * Starts the local emulator and logs in with every generated client, a success and a failure each,
 * printing each outcome as the command line's JSON line (secrets as {@code ***}).
 */
public final class Demo {
  private Demo() {}

  /** Runs the demo; 0 when every scenario ended as expected. */
  public static int run(PrintStream out, PrintStream err) {
    try (DemoServer server = DemoServer.start()) {
      LoginClientConfig config = LoginClientConfig.builder().baseUrl(server.baseUrl()).build();
      out.println("LoginKit demo: logging in to the seed APIs emulated on " + server.baseUrl());
      int unexpected = 0;

      InterServerRestLogin interServer = new InterServerRestLoginClient(config);
      unexpected += show(out, "interserver-rest", "JSON login with the right password",
          interServer.login(InterServerEmulator.USER, InterServerEmulator.PASSWORD, "true",
              Recaptcha.ofToken("zzzzz"), null), true);
      unexpected += show(out, "interserver-rest", "JSON login with a wrong password",
          interServer.login(InterServerEmulator.USER, "not-my-password", null, null, null), false);
      unexpected += show(out, "interserver-rest", "account with two-factor authentication, no code",
          interServer.login(InterServerEmulator.TWO_FACTOR_USER, InterServerEmulator.PASSWORD, null, null, null),
          false);
      unexpected += show(out, "interserver-rest", "multipart login with the right password",
          result(() -> interServer.loginMultipart(InterServerEmulator.USER, InterServerEmulator.PASSWORD,
              "true", Recaptcha.ofToken("zzzzz"), null)), true);

      TenTenLogin tenTen = new TenTenLoginClient(config);
      unexpected += show(out, "1010data", "login, password in the query string as the API demands",
          result(() -> tenTen.login(TenTenEmulator.USER, TenTenEmulator.PASSWORD, null)), true);
      unexpected += show(out, "1010data", "login with a wrong password",
          result(() -> tenTen.login(TenTenEmulator.USER, "wrong-password", Kill.YES)), false);
      unexpected += show(out, "1010data", "kill=no while a session is active",
          result(() -> tenTen.login(TenTenEmulator.USER, TenTenEmulator.PASSWORD, Kill.NO)), false);

      out.println(unexpected == 0 ? "All scenarios ended as expected." : unexpected + " scenario(s) did not.");
      return unexpected == 0 ? 0 : 1;
    } catch (IOException e) {
      err.println("could not start the demo server: " + e.getMessage());
      return 1;
    }
  }

  /** A throwing login, as a result value. */
  private interface Login {
    Object call();
  }

  private static LoginResult<?> result(Login login) {
    try {
      return new LoginResult.Success<>(login.call());
    } catch (LoginException e) {
      return new LoginResult.Failure<>(e.failure(), e.getCause());
    }
  }

  private static int show(PrintStream out, String api, String scenario, LoginResult<?> result, boolean expectSuccess) {
    out.println();
    out.println("# " + api + ": " + scenario);
    out.println(OutcomeJson.render(api, result));
    return (result instanceof LoginResult.Success) == expectSuccess ? 0 : 1;
  }
}
