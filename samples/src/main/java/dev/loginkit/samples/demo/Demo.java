package dev.loginkit.samples.demo;

import dev.loginkit.LoginClientConfig;
import dev.loginkit.LoginResult;
import dev.loginkit.annotations.Format;
import dev.loginkit.samples.cli.OutcomeJson;
import dev.loginkit.samples.cli.Results;
import dev.loginkit.samples.interserver.InterServerRestLogin;
import dev.loginkit.samples.interserver.InterServerRestLoginClient;
import dev.loginkit.samples.interserver.InterServerSession;
import dev.loginkit.samples.interserver.Recaptcha;
import dev.loginkit.samples.ithenticate.ThenticateLogin;
import dev.loginkit.samples.ithenticate.ThenticateLoginClient;
import dev.loginkit.samples.sendloop.SendloopLogin;
import dev.loginkit.samples.sendloop.SendloopLoginClient;
import dev.loginkit.samples.soap.InterServerSoapLoginClient;
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

      InterServerSoapLoginClient soap = new InterServerSoapLoginClient(config);
      unexpected +=
          show(
              out,
              "interserver-soap",
              "SOAP rpc/encoded api_login with the right password",
              Results.of(() -> soap.api_login(SoapEmulator.USER, SoapEmulator.PASSWORD)),
              true);
      unexpected +=
          show(
              out,
              "interserver-soap",
              "a wrong password: a SOAP fault with HTTP 500",
              Results.of(() -> soap.api_login(SoapEmulator.USER, "not-my-password")),
              false);

      SendloopLogin sendloop = new SendloopLoginClient(config);
      unexpected +=
          show(
              out,
              "sendloop",
              "User.Login answering XML",
              Results.of(
                  () ->
                      sendloop.login(
                          SendloopEmulator.API_KEY,
                          SendloopEmulator.USER,
                          SendloopEmulator.PASSWORD,
                          null)),
              true);
      unexpected +=
          show(
              out,
              "sendloop",
              "the same call answering JSON",
              Results.of(
                  () ->
                      sendloop.login(
                          SendloopEmulator.API_KEY,
                          SendloopEmulator.USER,
                          SendloopEmulator.PASSWORD,
                          Format.JSON)),
              true);
      unexpected +=
          show(
              out,
              "sendloop",
              "a wrong password: error code 4",
              Results.of(
                  () ->
                      sendloop.login(
                          SendloopEmulator.API_KEY, SendloopEmulator.USER, "wrong-password", null)),
              false);

      InterServerRestLogin interServer = new InterServerRestLoginClient(config);
      unexpected +=
          show(
              out,
              "interserver-rest",
              "JSON login with the right password",
              interServer.login(
                  InterServerEmulator.USER,
                  InterServerEmulator.PASSWORD,
                  "true",
                  Recaptcha.ofToken("zzzzz"),
                  null),
              true);
      unexpected +=
          show(
              out,
              "interserver-rest",
              "JSON login with a wrong password",
              interServer.login(InterServerEmulator.USER, "not-my-password", null, null, null),
              false);
      LoginResult<InterServerSession> challenged =
          interServer.login(
              InterServerEmulator.TWO_FACTOR_USER, InterServerEmulator.PASSWORD, null, null, null);
      unexpected +=
          show(
              out,
              "interserver-rest",
              "account with two-factor authentication, no code",
              challenged,
              false);
      if (challenged instanceof LoginResult.Challenge<InterServerSession> challenge) {
        unexpected +=
            show(
                out,
                "interserver-rest",
                "the same login continued with the code (password not re-supplied)",
                challenge.continueWith(InterServerEmulator.TFA_CODE),
                true);
      } else {
        unexpected++;
      }
      unexpected +=
          show(
              out,
              "interserver-rest",
              "multipart login with the right password",
              Results.of(
                  () ->
                      interServer.loginMultipart(
                          InterServerEmulator.USER,
                          InterServerEmulator.PASSWORD,
                          "true",
                          Recaptcha.ofToken("zzzzz"),
                          null)),
              true);

      ThenticateLogin thenticate = new ThenticateLoginClient(config);
      unexpected +=
          show(
              out,
              "ithenticate",
              "XML-RPC login with the right password",
              Results.of(
                  () -> thenticate.login(ThenticateEmulator.USER, ThenticateEmulator.PASSWORD)),
              true);
      unexpected +=
          show(
              out,
              "ithenticate",
              "a wrong password: a message in 'messages'",
              Results.of(() -> thenticate.login(ThenticateEmulator.USER, "wrong-password")),
              false);
      unexpected +=
          show(
              out,
              "ithenticate",
              "a login from an address not allowed: the IP is captured",
              Results.of(
                  () ->
                      thenticate.login(
                          ThenticateEmulator.BLOCKED_USER, ThenticateEmulator.PASSWORD)),
              false);
      unexpected +=
          show(
              out,
              "ithenticate",
              "a too-short password: a field error in 'errors'",
              Results.of(() -> thenticate.login(ThenticateEmulator.USER, "abc")),
              false);

      TenTenLogin tenTen = new TenTenLoginClient(config);
      unexpected +=
          show(
              out,
              "1010data",
              "login, password in the query string as the API demands",
              Results.of(
                  () -> tenTen.login(TenTenEmulator.USER, TenTenEmulator.PASSWORD, Kill.YES)),
              true);
      unexpected +=
          show(
              out,
              "1010data",
              "login with a wrong password",
              Results.of(() -> tenTen.login(TenTenEmulator.USER, "wrong-password", Kill.YES)),
              false);
      unexpected +=
          show(
              out,
              "1010data",
              "kill left to its default (no) while a session is active: conflict, "
                  + "then the declared @RetryOnce with kill=possess takes the session over",
              Results.of(() -> tenTen.login(TenTenEmulator.USER, TenTenEmulator.PASSWORD, null)),
              true);
      unexpected +=
          show(
              out,
              "1010data",
              "kill=no chosen by the caller: the conflict is the answer "
                  + "(a declared retry never overrides the caller's choice)",
              Results.of(() -> tenTen.login(TenTenEmulator.USER, TenTenEmulator.PASSWORD, Kill.NO)),
              false);
      unexpected +=
          show(
              out,
              "1010data",
              "kill=auth: authenticated, no session started",
              Results.of(
                  () -> tenTen.login(TenTenEmulator.USER, TenTenEmulator.PASSWORD, Kill.AUTH)),
              true);

      out.println(
          unexpected == 0
              ? "All scenarios ended as expected."
              : unexpected + " scenario(s) did not.");
      return unexpected == 0 ? 0 : 1;
    } catch (IOException e) {
      err.println("could not start the demo server: " + e.getMessage());
      return 1;
    }
  }

  private static int show(
      PrintStream out, String api, String scenario, LoginResult<?> result, boolean expectSuccess) {
    out.println();
    out.println("# " + api + ": " + scenario);
    out.println(OutcomeJson.render(api, result));
    return (result instanceof LoginResult.Success) == expectSuccess ? 0 : 1;
  }
}
