package dev.loginkit.processor;

import com.palantir.javapoet.ClassName;

/**
 * Names of the runtime and annotation types generated code refers to (the processor does not load
 * them).
 */
final class RuntimeTypes {
  private static final String RUNTIME = "dev.loginkit";
  private static final String INTERNAL = "dev.loginkit.internal";
  private static final String ANNOTATIONS = "dev.loginkit.annotations";

  static final ClassName OPERATION = ClassName.get(INTERNAL, "Operation");
  static final ClassName PARAMS = ClassName.get(INTERNAL, "Params");
  static final ClassName LOGIN_RUNTIME = ClassName.get(INTERNAL, "LoginRuntime");
  static final ClassName SESSION_MAPPER = ClassName.get(INTERNAL, "SessionMapper");
  static final ClassName REPLY = ClassName.get(INTERNAL, "Reply");
  static final ClassName VALUES = ClassName.get(INTERNAL, "Values");
  static final ClassName SOAP_SPEC = ClassName.get(INTERNAL, "SoapSpec");
  static final ClassName SOAP_VERSION = ClassName.get(ANNOTATIONS, "SoapVersion");
  static final ClassName LOGIN_CLIENT_CONFIG = ClassName.get(RUNTIME, "LoginClientConfig");
  static final ClassName IN = ClassName.get(ANNOTATIONS, "In");
  static final ClassName VALUE_ENCODING = ClassName.get(ANNOTATIONS, "ValueEncoding");
  static final ClassName FROM = ClassName.get(ANNOTATIONS, "From");
  static final ClassName FORMAT = ClassName.get(ANNOTATIONS, "Format");
  static final ClassName BODY_ENCODING = ClassName.get(ANNOTATIONS, "BodyEncoding");
  static final ClassName FAILURE_REASON = ClassName.get(ANNOTATIONS, "FailureReason");
  static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");
  static final ClassName GENERATED_CLIENT = ClassName.get(INTERNAL, "GeneratedClient");

  private RuntimeTypes() {}
}
