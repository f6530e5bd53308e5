package dev.loginkit.processor;

import com.palantir.javapoet.ClassName;
import java.util.List;

/**
 * The naming rule for generated clients: {@code AcmeLogin} → {@code AcmeLoginClient}; a name that
 * already ends in {@code Client} gets {@code Impl}; nested types are joined with {@code _} ({@code
 * Outer.Inner} → {@code Outer_InnerClient}), in the interface's package.
 */
final class ClientNames {
  private ClientNames() {}

  static ClassName clientFor(ClassName api) {
    String joined = String.join("_", api.simpleNames());
    String suffix = joined.endsWith("Client") ? "Impl" : "Client";
    return ClassName.get(api.packageName(), joined + suffix);
  }

  static ClassName clientFor(String packageName, List<String> simpleNames) {
    return clientFor(
        ClassName.get(
            packageName,
            simpleNames.get(0),
            simpleNames.subList(1, simpleNames.size()).toArray(new String[0])));
  }
}
