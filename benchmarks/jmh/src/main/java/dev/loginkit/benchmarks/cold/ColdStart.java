package dev.loginkit.benchmarks.cold;

/**
 * Benchmark 5, one fresh JVM: performs the first login of {@code contender} against a running
 * {@link dev.loginkit.benchmarks.CannedServer} and prints {@code first-login-ns=N}, the time from
 * entering {@code main} to holding the session (the harness adds whole-process wall time). Each
 * contender lives in its own class, and run.sh puts only that contender's dependency closure on the
 * class path, as a user's application would have.
 *
 * <p>{@code java -cp … dev.loginkit.benchmarks.cold.ColdStart loginkit http://127.0.0.1:PORT}
 */
public final class ColdStart {
  private ColdStart() {}

  public static void main(String[] args) throws Exception {
    long start = System.nanoTime();
    String contender = args[0];
    String url = args[1];
    Object session;
    switch (contender) {
      case "floor":
        session = ColdFloor.login(url);
        break;
      case "loginkit":
      case "loginkit-json-only":
        session = ColdLoginKit.login(url);
        break;
      case "retrofit":
        session = ColdRetrofit.login(url);
        break;
      case "feign":
        session = ColdFeign.login(url);
        break;
      case "floor-soap":
        session = ColdFloor.soap(url);
        break;
      case "loginkit-soap":
        session = ColdLoginKit.soap(url);
        break;
      case "jaxws":
        session = ColdJaxWs.login(url);
        break;
      default:
        throw new IllegalArgumentException(contender);
    }
    long elapsed = System.nanoTime() - start;
    if (session == null) {
      throw new IllegalStateException("no session");
    }
    System.out.println("first-login-ns=" + elapsed);
    System.exit(
        0); // OkHttp's and others' non-daemon threads would otherwise keep the JVM for a minute
  }
}
