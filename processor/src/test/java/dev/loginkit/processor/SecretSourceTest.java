package dev.loginkit.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A {@code @Secret} parameter's value can never be written into generated source: the only string
 * literals a client holds are names (wire names, constant names, the path, body paths, the base
 * URL, the operation's and parameters' Java names) and the values of {@code @Constant}s, and a
 * secret parameter reaches the request only as a Java identifier passed to {@code Params.secret}.
 */
class SecretSourceTest {
  private static final Pattern STRING_LITERAL = Pattern.compile("\"(?:[^\"\\\\\\n]|\\\\.)*\"");

  /** What {@code good/SecretParamsLogin.java} declares. */
  private static final Set<String> WIRE_NAMES = Set.of("uid", "pswd", "otp", "X-Api-Key");

  private static final Set<String> CONSTANT_NAMES = Set.of("client", "X-Client-Version");
  private static final Set<String> CONSTANT_VALUES = Set.of("loginkit-test", "7");
  private static final Set<String> OTHER_NAMES =
      Set.of(
          "https://api.example.com", // base URL
          "/login", // path
          "sid", // body path of the session field
          "login", // operation name, for messages
          "dev.loginkit.processor.LoginApiProcessor"); // @Generated

  /** Required parameters are named (never shown) when null: "parameter 'password' is required". */
  private static final Set<String> REQUIRED_PARAMETER_LABELS = Set.of("user", "password", "apiKey");

  private final String source = generate();

  @Test
  void literalsAreNamesAndConstantValuesOnly() {
    Set<String> names = new TreeSet<>();
    names.addAll(WIRE_NAMES);
    names.addAll(CONSTANT_NAMES);
    names.addAll(OTHER_NAMES);
    names.addAll(REQUIRED_PARAMETER_LABELS);
    Set<String> expected = new TreeSet<>(names);
    expected.addAll(CONSTANT_VALUES);
    assertEquals(expected, new TreeSet<>(literals(source)), source);

    Set<String> values = new TreeSet<>(literals(source));
    values.removeAll(names);
    assertEquals(
        new TreeSet<>(CONSTANT_VALUES), values, "the only literal values are the @Constants'");
  }

  @Test
  void secretsTravelAsIdentifiersThroughParamsSecret() {
    assertTrue(
        source.contains(".secret(\"pswd\", Params.require(password, \"password\"))"), source);
    assertTrue(source.contains(".secret(\"otp\", oneTimeCode)"), source);
    assertTrue(
        source.contains(
            ".secret(\"X-Api-Key\", Params.require(apiKey, \"apiKey\").reveal(), In.HEADER)"),
        source);
    for (String wire : List.of("pswd", "otp", "X-Api-Key")) {
      assertFalse(source.contains(".param(\"" + wire + "\""), wire + " sent as a plain param");
    }
  }

  @Test
  void optionalSecretNameAppearsOnlyAsIdentifier() {
    assertFalse(literals(source).stream().anyMatch(l -> l.contains("oneTimeCode")), source);
    // Declared as the parameter, then passed on: two identifier uses, no more.
    assertEquals(2, count(withoutLiterals(source), "oneTimeCode"), source);
  }

  @Test
  void requiredSecretNameIsALiteralOnlyAsItsRequireLabel() {
    for (String name : List.of("password", "apiKey")) {
      assertEquals(1, literals(source).stream().filter(l -> l.contains(name)).count(), name);
      assertTrue(source.contains("Params.require(" + name + ", \"" + name + "\")"), name);
      // Declared as the parameter, then passed to require: two identifier uses, no more.
      assertEquals(2, count(withoutLiterals(source), name), name);
    }
  }

  private static String generate() {
    Compilation compilation = Inputs.compile(Inputs.good("SecretParamsLogin"));
    assertThat(compilation).succeededWithoutWarnings();
    return Inputs.generatedText(compilation, "SecretParamsLoginClient");
  }

  /** The contents of every string literal, unescaped naïvely (the inputs need no escapes). */
  private static List<String> literals(String java) {
    List<String> out = new ArrayList<>();
    Matcher m = STRING_LITERAL.matcher(java);
    while (m.find()) {
      String literal = m.group();
      assertFalse(literal.contains("\\"), () -> "unexpected escape in " + literal);
      out.add(literal.substring(1, literal.length() - 1));
    }
    return out;
  }

  private static String withoutLiterals(String java) {
    return STRING_LITERAL.matcher(java).replaceAll("\"\"");
  }

  private static int count(String text, String word) {
    Matcher m = Pattern.compile("\\b" + Pattern.quote(word) + "\\b").matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}
