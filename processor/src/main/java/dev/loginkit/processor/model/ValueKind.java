package dev.loginkit.processor.model;

/** The Java types LoginKit converts to and from wire text. */
public enum ValueKind {
  STRING,
  /** {@code dev.loginkit.SecretValue}. */
  SECRET,
  /** {@code dev.loginkit.Secret}, the deprecated former name of {@code SecretValue}. */
  LEGACY_SECRET,
  INT,
  LONG,
  BOOLEAN,
  DOUBLE,
  BOXED_INT,
  BOXED_LONG,
  BOXED_BOOLEAN,
  BOXED_DOUBLE,
  INSTANT,
  ENUM,
  RECORD,
  /** A {@code Format} parameter: sent as its name, and it chooses how the response is read. */
  FORMAT;

  /** Whether the type is a secret value type, its text read with {@code reveal()}. */
  public boolean isSecretType() {
    return this == SECRET || this == LEGACY_SECRET;
  }

  /** Whether the Java type can hold {@code null}. */
  public boolean nullable() {
    switch (this) {
      case INT:
      case LONG:
      case BOOLEAN:
      case DOUBLE:
        return false;
      default:
        return true;
    }
  }
}
