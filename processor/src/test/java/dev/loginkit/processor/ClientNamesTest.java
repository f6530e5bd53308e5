package dev.loginkit.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.palantir.javapoet.ClassName;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The naming rule for generated clients. */
class ClientNamesTest {

  @Test
  void topLevelGetsClientInTheSamePackage() {
    assertEquals(
        ClassName.get("com.acme", "AcmeLoginClient"),
        ClientNames.clientFor(ClassName.get("com.acme", "AcmeLogin")));
  }

  @Test
  void nestedNamesAreJoinedWithUnderscore() {
    assertEquals(
        ClassName.get("com.acme", "Outer_InnerClient"),
        ClientNames.clientFor(ClassName.get("com.acme", "Outer", "Inner")));
    assertEquals(
        ClassName.get("com.acme", "A_B_CClient"),
        ClientNames.clientFor(ClassName.get("com.acme", "A", "B", "C")));
  }

  @Test
  void nameEndingInClientGetsImpl() {
    assertEquals(
        ClassName.get("com.acme", "AcmeClientImpl"),
        ClientNames.clientFor(ClassName.get("com.acme", "AcmeClient")));
    assertEquals(
        ClassName.get("com.acme", "ClientImpl"),
        ClientNames.clientFor(ClassName.get("com.acme", "Client")));
  }

  @Test
  void nestedNameEndingInClientGetsImpl() {
    assertEquals(
        ClassName.get("com.acme", "Outer_AcmeClientImpl"),
        ClientNames.clientFor(ClassName.get("com.acme", "Outer", "AcmeClient")));
  }

  @Test
  void onlyTheInnermostNameDecidesImpl() {
    // "Client" inside an outer name is not a suffix of the joined name.
    assertEquals(
        ClassName.get("com.acme", "Client_LoginClient"),
        ClientNames.clientFor(ClassName.get("com.acme", "Client", "Login")));
  }

  @Test
  void suffixIsCaseSensitive() {
    assertEquals(
        ClassName.get("com.acme", "AcmeclientClient"),
        ClientNames.clientFor(ClassName.get("com.acme", "Acmeclient")));
  }

  @Test
  void defaultPackageStaysDefault() {
    ClassName client = ClientNames.clientFor(ClassName.get("", "AcmeLogin"));
    assertEquals("", client.packageName());
    assertEquals(List.of("AcmeLoginClient"), client.simpleNames());
  }

  @Test
  void clientIsAlwaysTopLevel() {
    ClassName client = ClientNames.clientFor(ClassName.get("com.acme", "Outer", "Inner"));
    assertEquals(null, client.enclosingClassName());
    assertEquals("com.acme.Outer_InnerClient", client.canonicalName());
  }

  @Test
  void packageAndSimpleNamesOverloadAgrees() {
    assertEquals(
        ClassName.get("com.acme", "Outer_InnerClient"),
        ClientNames.clientFor("com.acme", List.of("Outer", "Inner")));
    assertEquals(
        ClassName.get("com.acme", "AcmeClientImpl"),
        ClientNames.clientFor("com.acme", List.of("AcmeClient")));
  }
}
