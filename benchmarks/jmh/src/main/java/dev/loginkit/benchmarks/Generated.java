package dev.loginkit.benchmarks;

import dev.loginkit.internal.Operation;
import dev.loginkit.internal.SessionMapper;
import java.lang.reflect.Field;

/**
 * Reads a generated client's compiled {@link Operation} and {@link SessionMapper} constants, once,
 * in benchmark setup (never on a measured path), so decode benchmarks run exactly what the client
 * runs.
 */
public final class Generated {
  private Generated() {}

  public static Operation operation(Class<?> client, String constant) {
    return (Operation) read(client, constant);
  }

  @SuppressWarnings("unchecked")
  public static <S> SessionMapper<S> mapper(Class<?> client, String constant) {
    return (SessionMapper<S>) read(client, constant + "_SESSION");
  }

  private static Object read(Class<?> client, String name) {
    try {
      Field field = client.getDeclaredField(name);
      field.setAccessible(true);
      return field.get(null);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(
          "generated client " + client.getName() + " has no " + name, e);
    }
  }
}
