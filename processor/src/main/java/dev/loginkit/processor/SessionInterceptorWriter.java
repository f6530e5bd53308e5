package dev.loginkit.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.loginkit.annotations.In;
import dev.loginkit.processor.model.FieldModel;
import dev.loginkit.processor.model.LoginApiModel;
import dev.loginkit.processor.model.OperationModel;
import dev.loginkit.processor.model.SessionModel;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import javax.lang.model.element.Modifier;

/**
 * Writes, for session records with {@code @Attach} components, the attacher and the client's {@code
 * sessionInterceptor(Supplier)} method that carries such sessions on later requests.
 */
final class SessionInterceptorWriter {
  private static final String INTERNAL = "dev.loginkit.internal";
  private static final ClassName SESSION_INTERCEPTOR =
      ClassName.get("dev.loginkit", "SessionInterceptor");
  private static final ClassName SESSION_ATTACHER = ClassName.get(INTERNAL, "SessionAttacher");
  private static final ClassName ATTACHMENT = ClassName.get(INTERNAL, "Attachment");
  private static final ClassName EXPIRY_RULE = ClassName.get(INTERNAL, "ExpiryRule");

  private SessionInterceptorWriter() {}

  /**
   * Adds the fields and methods to {@code type}; nothing when no session declares {@code @Attach}.
   */
  static void write(LoginApiModel api, NameAllocator members, TypeSpec.Builder type) {
    Map<TypeName, SessionModel> attachable = new LinkedHashMap<>();
    for (OperationModel op : api.operations()) {
      if (hasAttach(op.session())) {
        attachable.putIfAbsent(op.session().type(), op.session());
      }
    }
    if (attachable.isEmpty()) {
      return;
    }
    String expiry = members.newName("EXPIRY");
    type.addField(expiryField(api.expiry(), expiry));
    for (SessionModel session : attachable.values()) {
      String simple = ClientWriter.simpleName(session.type());
      String attacher = members.newName(ClientWriter.constantName(simple) + "_ATTACHER");
      type.addField(attacherField(session, attacher));
      String method =
          attachable.size() == 1
              ? members.newName("sessionInterceptor")
              : members.newName(
                  simple.substring(0, 1).toLowerCase(Locale.ROOT)
                      + simple.substring(1)
                      + "Interceptor");
      type.addMethod(interceptorMethod(session, method, attacher, expiry));
    }
  }

  private static boolean hasAttach(SessionModel session) {
    for (FieldModel field : session.fields()) {
      if (field.attach() != null) {
        return true;
      }
    }
    return false;
  }

  private static FieldSpec expiryField(LoginApiModel.ExpiryModel expiry, String name) {
    StringBuilder statuses = new StringBuilder();
    for (Integer status : expiry.statuses()) {
      statuses.append(statuses.length() == 0 ? "" : ", ").append(status);
    }
    CodeBlock.Builder values = CodeBlock.builder();
    for (String value : expiry.values()) {
      values.add(", $S", value);
    }
    return FieldSpec.builder(EXPIRY_RULE, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer(
            "new $T(new int[] {$L}, $T.$L, $S$L)",
            EXPIRY_RULE,
            statuses,
            RuntimeTypes.FORMAT,
            expiry.format(),
            expiry.path(),
            values.build())
        .build();
  }

  private static FieldSpec attacherField(SessionModel session, String name) {
    TypeName attacherType = ParameterizedTypeName.get(SESSION_ATTACHER, session.type());
    MethodSpec.Builder attach =
        MethodSpec.methodBuilder("attach")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .addParameter(session.type(), "session")
            .addParameter(ATTACHMENT, "to");
    for (FieldModel field : session.fields()) {
      FieldModel.AttachModel a = field.attach();
      if (a == null) {
        continue;
      }
      if (a.in() == In.HEADER) {
        attach.addStatement(
            "to.header($S, $S, session.$N())", a.name(), a.prefix(), field.component());
      } else if (a.in() == In.COOKIE) {
        attach.addStatement("to.cookie($S, $L)", a.name(), prefixed(a, field));
      } else if (a.in() == In.DEFAULT) {
        attach.addStatement("to.member($S, $L)", a.name(), prefixed(a, field));
      } else {
        attach.addStatement("to.query($S, $L)", a.name(), prefixed(a, field));
      }
    }
    TypeSpec anonymous =
        TypeSpec.anonymousClassBuilder("")
            .addSuperinterface(attacherType)
            .addMethod(attach.build())
            .build();
    return FieldSpec.builder(attacherType, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer("$L", anonymous)
        .build();
  }

  private static CodeBlock prefixed(FieldModel.AttachModel a, FieldModel field) {
    // a Secret prints as ***: the prefix goes before its revealed value
    String value = field.kind().isSecretType() ? "session.$N().reveal()" : "session.$N()";
    return a.prefix().isEmpty()
        ? CodeBlock.of("session.$N()", field.component())
        : CodeBlock.of(
            "session.$N() == null ? null : $S + " + value,
            field.component(),
            a.prefix(),
            field.component());
  }

  private static MethodSpec interceptorMethod(
      SessionModel session, String name, String attacher, String expiry) {
    TypeName supplier = ParameterizedTypeName.get(ClassName.get(Supplier.class), session.type());
    return MethodSpec.methodBuilder(name)
        .addJavadoc(
            "An OkHttp interceptor carrying {@code $L} sessions on later requests as their {@code @Attach}\n"
                + "components say: logs in with {@code login} on first use and again, once for all threads, when a\n"
                + "response says the session expired.\n",
            ClientWriter.simpleName(session.type()))
        .addModifiers(Modifier.PUBLIC)
        .returns(ParameterizedTypeName.get(SESSION_INTERCEPTOR, session.type()))
        .addParameter(supplier, "login")
        .addStatement("return new $T<>(login, $N, $N)", SESSION_INTERCEPTOR, attacher, expiry)
        .build();
  }
}
