package dev.loginkit.processor;

import dev.loginkit.LoginFailure;
import dev.loginkit.LoginResult;
import dev.loginkit.annotations.Example;
import dev.loginkit.annotations.Examples;
import dev.loginkit.internal.ExampleCheck;
import dev.loginkit.internal.Reply;
import dev.loginkit.internal.SessionMapper;
import dev.loginkit.internal.Values;
import dev.loginkit.processor.model.FieldModel;
import dev.loginkit.processor.model.OperationModel;
import dev.loginkit.processor.model.SessionModel;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Filer;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Checks each {@code @Example} of an operation: decodes and classifies the sample with the
 * runtime's own code and reports, on the annotation, every example whose outcome differs from the
 * declared one.
 */
final class ExampleChecker {
  private static final StandardLocation[] RESOURCE_LOCATIONS = {
    StandardLocation.CLASS_OUTPUT, StandardLocation.SOURCE_PATH, StandardLocation.CLASS_PATH
  };

  private final Filer filer;
  private final List<Path> resourceRoots;
  private final Diagnostics diagnostics;

  /**
   * @param resourceRoots directories searched first, for builds whose compiler does not see the
   *     resources on its class output (Gradle's {@code compileJava} runs before, and apart from,
   *     {@code processResources}); see {@link LoginApiProcessor#RESOURCE_ROOTS}
   */
  ExampleChecker(Filer filer, List<Path> resourceRoots, Diagnostics diagnostics) {
    this.filer = filer;
    this.resourceRoots = resourceRoots;
    this.diagnostics = diagnostics;
  }

  void check(ExecutableElement method, OperationModel op) {
    Example[] examples = method.getAnnotationsByType(Example.class);
    if (examples.length == 0) {
      return;
    }
    AnnotationMirror mirror = Mirrors.find(method, Example.class);
    if (mirror == null) {
      mirror = Mirrors.find(method, Examples.class);
    }
    dev.loginkit.internal.Operation operation = OperationFactory.build(op);
    FlatSession mapper = new FlatSession(op.session());
    for (int i = 0; i < examples.length; i++) {
      Example example = examples[i];
      String name =
          "#" + (i + 1) + (example.resource().isEmpty() ? "" : " (" + example.resource() + ")");
      byte[] body = body(method, mirror, example, name);
      if (body == null) {
        continue;
      }
      LoginResult<Map<String, String>> result =
          ExampleCheck.run(operation, example.status(), null, body, mapper);
      String problem = compare(example, result, mapper.secrets);
      if (problem != null) {
        diagnostics.error(
            method, mirror, null, Message.EXAMPLE_MISMATCH, name, method.getSimpleName(), problem);
      }
    }
  }

  private byte[] body(
      ExecutableElement method, AnnotationMirror mirror, Example example, String name) {
    if (example.body().isEmpty() == example.resource().isEmpty()) {
      diagnostics.error(
          method, mirror, null, Message.EXAMPLE_NEEDS_ONE_BODY, name, method.getSimpleName());
      return null;
    }
    if (!example.body().isEmpty()) {
      return example.body().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
    for (Path root : resourceRoots) {
      Path file = root.resolve(example.resource());
      if (Files.isRegularFile(file)) {
        try {
          return Files.readAllBytes(file);
        } catch (IOException unreadable) {
          // reported as not found below, as for the other locations
        }
      }
    }
    for (StandardLocation location : RESOURCE_LOCATIONS) {
      try {
        FileObject file = filer.getResource(location, "", example.resource());
        try (InputStream in = file.openInputStream()) {
          return in.readAllBytes();
        }
      } catch (IOException | IllegalArgumentException | UnsupportedOperationException notThere) {
        // try the next location
      }
    }
    diagnostics.error(
        method,
        mirror,
        null,
        Message.EXAMPLE_RESOURCE_NOT_FOUND,
        example.resource(),
        method.getSimpleName());
    return null;
  }

  /** What differs, or {@code null} when the example produced what it declares. */
  private static String compare(
      Example example, LoginResult<Map<String, String>> result, java.util.Set<String> secrets) {
    String actual = describe(result);
    switch (example.outcome()) {
      case SUCCESS:
        if (!(result instanceof LoginResult.Success<Map<String, String>> success)) {
          return "it gave " + actual + ", not a success";
        }
        for (String expected : example.session()) {
          int eq = expected.indexOf('=');
          String key = eq < 0 ? expected : expected.substring(0, eq);
          if (eq < 0) {
            return "session entry \"" + key + "\" has no value (write component=value)";
          }
          if (!success.session().containsKey(key)) {
            return "session entry \"" + key + "\" is not a component path of the session";
          }
          String value = success.session().get(key);
          if (!expected.substring(eq + 1).equals(value)) {
            return secrets.contains(key)
                ? "secret session value " + key + " differs from the declared one"
                : "session value "
                    + key
                    + " was "
                    + (value == null ? "null" : "\"" + value + "\"")
                    + ", not \""
                    + expected.substring(eq + 1)
                    + "\"";
          }
        }
        return null;
      case CHALLENGE:
        if (!(result instanceof LoginResult.Challenge<Map<String, String>> challenge)) {
          return "it gave " + actual + ", not a challenge";
        }
        return sameFailure(example, challenge.details(), actual);
      default:
        if (!(result instanceof LoginResult.Failure<Map<String, String>> failure)) {
          return "it gave " + actual + ", not a failure";
        }
        return sameFailure(example, failure.failure(), actual);
    }
  }

  private static String sameFailure(Example example, LoginFailure failure, String actual) {
    if (failure.reason() != example.reason()) {
      return "it gave " + actual + ", not reason " + example.reason();
    }
    if (!example.code().isEmpty() && !example.code().equals(failure.code())) {
      return "it gave " + actual + ", not code " + example.code();
    }
    return null;
  }

  private static String describe(LoginResult<?> result) {
    if (result instanceof LoginResult.Success) {
      return "a success";
    }
    LoginFailure f =
        result instanceof LoginResult.Challenge<?> c
            ? c.details()
            : ((LoginResult.Failure<?>) result).failure();
    return (result instanceof LoginResult.Challenge ? "a challenge " : "a failure ") + f.summary();
  }

  /**
   * Reads a session as {@code component.path → text}, converting each value as the client would.
   */
  private static final class FlatSession implements SessionMapper<Map<String, String>> {
    private final SessionModel session;

    /** Component paths of secrets, never printed. */
    final java.util.Set<String> secrets = new java.util.HashSet<>();

    FlatSession(SessionModel session) {
      this.session = session;
      collectSecrets(session, "");
    }

    private void collectSecrets(SessionModel model, String prefix) {
      for (FieldModel field : model.fields()) {
        if (field.nested() != null) {
          collectSecrets(field.nested(), prefix + field.component() + ".");
        } else if (field.kind().isSecretType()) {
          secrets.add(prefix + field.component());
        }
      }
    }

    @Override
    public Map<String, String> map(Reply reply) {
      Map<String, String> out = new LinkedHashMap<>();
      fill(reply, session, "", out);
      return out;
    }

    private static void fill(
        Reply reply, SessionModel session, String prefix, Map<String, String> out) {
      for (FieldModel field : session.fields()) {
        if (field.nested() != null) {
          fill(reply, field.nested(), prefix + field.component() + ".", out);
          continue;
        }
        String raw = reply.get(field.from(), field.name(), !field.optional());
        out.put(prefix + field.component(), converted(field, raw));
      }
    }

    /** The value as the generated code would convert it (so a malformed number fails here too). */
    private static String converted(FieldModel field, String raw) {
      switch (field.kind()) {
        case INT:
          return String.valueOf(Values.asInt(raw, field.name()));
        case BOXED_INT:
          return String.valueOf(Values.asInteger(raw, field.name()));
        case LONG:
          return String.valueOf(Values.asLong(raw, field.name()));
        case BOXED_LONG:
          return String.valueOf(Values.asLongObject(raw, field.name()));
        case BOOLEAN:
          return String.valueOf(Values.asBoolean(raw, field.name()));
        case BOXED_BOOLEAN:
          return String.valueOf(Values.asBooleanObject(raw, field.name()));
        case DOUBLE:
          return String.valueOf(Values.asDouble(raw, field.name()));
        case BOXED_DOUBLE:
          return String.valueOf(Values.asDoubleObject(raw, field.name()));
        case INSTANT:
          return String.valueOf(Values.asInstant(raw, field.name()));
        default:
          return raw;
      }
    }
  }
}
