package dev.loginkit.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.loginkit.annotations.BodyEncoding;
import dev.loginkit.annotations.Composed;
import dev.loginkit.annotations.Composites;
import dev.loginkit.annotations.Constant;
import dev.loginkit.annotations.Constants;
import dev.loginkit.annotations.Format;
import dev.loginkit.annotations.Get;
import dev.loginkit.annotations.In;
import dev.loginkit.annotations.Input;
import dev.loginkit.annotations.LoginApi;
import dev.loginkit.annotations.Post;
import dev.loginkit.annotations.RetryOnce;
import dev.loginkit.annotations.SessionExpiry;
import dev.loginkit.annotations.Soap;
import dev.loginkit.annotations.SoapStyle;
import dev.loginkit.annotations.WireType;
import dev.loginkit.annotations.XmlRpc;
import dev.loginkit.processor.model.CompositeModel;
import dev.loginkit.processor.model.ConstantModel;
import dev.loginkit.processor.model.LoginApiModel;
import dev.loginkit.processor.model.OperationModel;
import dev.loginkit.processor.model.OutcomeModel;
import dev.loginkit.processor.model.ParamModel;
import dev.loginkit.processor.model.SessionModel;
import dev.loginkit.processor.model.SoapModel;
import dev.loginkit.processor.model.ValueKind;
import dev.loginkit.processor.model.XmlRpcModel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.annotation.processing.Filer;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Validates one {@code @LoginApi} interface into a {@link LoginApiModel}, reporting every problem
 * to {@link Diagnostics} rather than stopping at the first.
 */
final class LoginApiParser {
  /** Headers the encoding sets; declaring them would send two conflicting values. */
  /** A {@code {javaName}} placeholder of a {@code @Composed} template. */
  private static final Pattern TEMPLATE_INPUT = Pattern.compile("\\{([A-Za-z_$][A-Za-z0-9_$]*)}");

  private static final Set<String> ENCODING_HEADERS =
      Set.of("content-type", "content-length", "transfer-encoding", "host", "accept-encoding");

  private final Diagnostics diagnostics;
  private final Elements elements;
  private final ParamParser params;
  private final SessionParser sessions;
  private final OutcomeParser outcomes;
  private final ExampleChecker examples;
  private final WoodstoxCheck woodstox;

  LoginApiParser(Diagnostics diagnostics, Elements elements, Filer filer) {
    this(diagnostics, elements, filer, List.of());
  }

  /**
   * @param resourceRoots where {@code @Example(resource)} files are looked up first (a processor
   *     option)
   */
  LoginApiParser(
      Diagnostics diagnostics,
      Elements elements,
      Filer filer,
      List<java.nio.file.Path> resourceRoots) {
    this.diagnostics = diagnostics;
    this.elements = elements;
    this.examples = new ExampleChecker(filer, resourceRoots, diagnostics);
    this.params = new ParamParser(diagnostics);
    this.sessions = new SessionParser(diagnostics);
    this.outcomes = new OutcomeParser(diagnostics);
    this.woodstox = new WoodstoxCheck(diagnostics, elements);
  }

  /**
   * A type the interface extends or its methods refer to that does not resolve (not generated yet,
   * or not imported), so that the interface must wait for a later round; {@code null} when there is
   * none.
   */
  static TypeMirror unresolvedType(TypeElement type) {
    for (TypeMirror parent : type.getInterfaces()) {
      TypeMirror unresolved = Types.unresolvedPart(parent);
      if (unresolved != null) {
        return unresolved;
      }
    }
    for (Element member : type.getEnclosedElements()) {
      if (member.getKind() == ElementKind.METHOD) {
        ExecutableElement method = (ExecutableElement) member;
        TypeMirror unresolved = Types.unresolvedPart(method.getReturnType());
        for (VariableElement p : method.getParameters()) {
          if (unresolved == null) {
            unresolved = Types.unresolvedPart(p.asType());
          }
        }
        if (unresolved != null) {
          return unresolved;
        }
      }
    }
    return null;
  }

  /** The model, or {@code null} when {@link Diagnostics} holds errors. */
  LoginApiModel parse(TypeElement type) {
    LoginApi api = type.getAnnotation(LoginApi.class);
    AnnotationMirror apiMirror = Mirrors.find(type, LoginApi.class);
    if (type.getKind() != ElementKind.INTERFACE) {
      diagnostics.error(type, apiMirror, null, Message.NOT_AN_INTERFACE, type.getSimpleName());
      return null;
    }
    if (!type.getTypeParameters().isEmpty()) {
      diagnostics.error(type, Message.GENERIC_INTERFACE, type.getSimpleName());
    }
    ClassName name = ClassName.get(type);
    ClassName client = ClientNames.clientFor(name);
    if (Types.isPrivate(type)) {
      diagnostics.error(type, Message.PRIVATE_TYPE, Types.nestedName(type));
    }
    if (type.getModifiers().contains(Modifier.SEALED) && !permits(type, client)) {
      diagnostics.error(
          type,
          Message.SEALED_INTERFACE,
          type.getSimpleName(),
          client.simpleName(),
          client.simpleName());
    }
    checkInheritedMethods(type);
    if (!Syntax.isBaseUrl(api.baseUrl())) {
      diagnostics.error(
          type,
          apiMirror,
          Mirrors.value(apiMirror, "baseUrl"),
          Message.INVALID_BASE_URL,
          api.baseUrl());
    }
    List<ConstantModel> shared = constants(type);
    List<OperationModel> operations = new ArrayList<>();
    boolean sendsSecrets = false;
    for (Element member : type.getEnclosedElements()) {
      if (member.getKind() != ElementKind.METHOD
          || !member.getModifiers().contains(Modifier.ABSTRACT)) {
        continue;
      }
      OperationModel op =
          operation((ExecutableElement) member, shared, api, type.getAnnotation(Soap.class));
      if (op != null) {
        operations.add(op);
        sendsSecrets |= op.params().stream().anyMatch(ParamModel::secret);
        woodstox.check((ExecutableElement) member, op);
      }
    }
    if (sendsSecrets && Syntax.isPlainHttp(api.baseUrl())) {
      diagnostics.warning(
          type,
          apiMirror,
          Mirrors.value(apiMirror, "baseUrl"),
          Message.SECRET_OVER_HTTP,
          type.getSimpleName(),
          api.baseUrl());
    }
    LoginApiModel.ExpiryModel expiry = expiry(type, operations);
    woodstox.check(type, expiry);
    if (!diagnostics.isClean()) {
      return null;
    }
    return new LoginApiModel(type, name, client, api.baseUrl(), operations, expiry);
  }

  /** {@code @SessionExpiry}, or HTTP 401; the format defaults to the first operation's. */
  private LoginApiModel.ExpiryModel expiry(TypeElement type, List<OperationModel> operations) {
    SessionExpiry expiry = type.getAnnotation(SessionExpiry.class);
    Format fallback = operations.isEmpty() ? Format.JSON : operations.get(0).format();
    if (expiry == null) {
      return new LoginApiModel.ExpiryModel(List.of(401), "", List.of(), fallback);
    }
    AnnotationMirror mirror = Mirrors.find(type, SessionExpiry.class);
    if (!expiry.path().isEmpty() && !Syntax.isBodyPath(expiry.path())) {
      diagnostics.error(
          type, mirror, Mirrors.value(mirror, "path"), Message.INVALID_BODY_PATH, expiry.path());
    }
    List<Integer> statuses = new ArrayList<>();
    for (int status : expiry.status()) {
      if (status < 100 || status > 599) {
        diagnostics.error(
            type, mirror, Mirrors.value(mirror, "status"), Message.INVALID_STATUS, status);
      }
      statuses.add(status);
    }
    Format format = Mirrors.value(mirror, "format") == null ? fallback : expiry.format();
    return new LoginApiModel.ExpiryModel(statuses, expiry.path(), List.of(expiry.equals()), format);
  }

  /**
   * Whether sealed {@code type}'s permits clause names {@code client}, which may not resolve: it is
   * generated later.
   */
  private static boolean permits(TypeElement type, ClassName client) {
    for (TypeMirror permitted : type.getPermittedSubclasses()) {
      TypeElement element = Types.element(permitted);
      String name = element != null ? element.getQualifiedName().toString() : permitted.toString();
      if (name.equals(client.canonicalName()) || name.equals(client.simpleName())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The client implements the methods declared in the interface only: an abstract method it
   * inherits (and does not redeclare) would leave the client abstract, unless Object implements it.
   */
  private void checkInheritedMethods(TypeElement type) {
    for (ExecutableElement method : ElementFilter.methodsIn(elements.getAllMembers(type))) {
      Element owner = method.getEnclosingElement();
      if (method.getModifiers().contains(Modifier.ABSTRACT)
          && !owner.equals(type)
          && !implementedByObject(method)) {
        diagnostics.error(
            type,
            Message.INHERITED_METHOD,
            type.getSimpleName(),
            method,
            Types.nestedName((TypeElement) owner),
            type.getSimpleName());
      }
    }
  }

  /**
   * {@code toString()}, {@code hashCode()} or {@code equals(Object)}, which every class inherits
   * from Object.
   */
  private static boolean implementedByObject(ExecutableElement method) {
    String name = method.getSimpleName().toString();
    List<? extends VariableElement> parameters = method.getParameters();
    if (parameters.isEmpty()) {
      return name.equals("toString") || name.equals("hashCode");
    }
    return parameters.size() == 1
        && name.equals("equals")
        && parameters.get(0).asType().toString().equals("java.lang.Object");
  }

  private OperationModel operation(
      ExecutableElement method, List<ConstantModel> shared, LoginApi api, Soap interfaceSoap) {
    int errorsBefore = diagnostics.errorCount();
    String name = method.getSimpleName().toString();
    Get get = method.getAnnotation(Get.class);
    Post post = method.getAnnotation(Post.class);
    if (get == null && post == null) {
      diagnostics.error(method, Message.NO_ENDPOINT, name);
      return null;
    }
    if (get != null && post != null) {
      diagnostics.error(
          method, Mirrors.find(method, Post.class), null, Message.TWO_ENDPOINTS, name);
      return null;
    }
    String path = get != null ? get.value() : post.value();
    AnnotationMirror endpoint = Mirrors.find(method, get != null ? Get.class : Post.class);
    if (!Syntax.isRequestPath(path)) {
      diagnostics.error(
          method, endpoint, Mirrors.value(endpoint, "value"), Message.INVALID_PATH, path);
    }

    BodyEncoding body = post != null ? post.body() : null;
    Format format = format(method, endpoint, body, get != null ? get.format() : post.format());
    SoapModel soap = soap(method, body, interfaceSoap);
    XmlRpcModel xmlRpc = xmlRpc(method, body);

    List<ConstantModel> constants = new ArrayList<>(shared);
    constants.addAll(constants(method));
    List<ParamModel> parameters = new ArrayList<>();
    List<VariableElement> parameterElements = new ArrayList<>();
    int formatParams = 0;
    for (VariableElement p : method.getParameters()) {
      ParamModel model = params.parse(p, p.asType(), body, name, 0);
      if (model != null && model.kind() == ValueKind.FORMAT && ++formatParams == 2) {
        diagnostics.error(p, Message.TWO_FORMAT_PARAMS, name);
      }
      if (model != null) {
        parameters.add(model);
        parameterElements.add(p);
        if (model.secret()
            && !model.input()
            && !api.secretsInQuery()
            && inQuery(model.in(), get != null)) {
          diagnostics.warning(p, null, null, Message.SECRET_IN_QUERY, model.javaName());
        }
      }
    }
    List<CompositeModel> composites = composites(method, parameters, parameterElements);
    for (CompositeModel c : composites) {
      if (c.secret() && !api.secretsInQuery() && inQuery(c.in(), get != null)) {
        diagnostics.warning(method, null, null, Message.SECRET_IN_QUERY, c.name());
      }
    }
    // What the wire carries: constants and composed values by name, parameters other than inputs.
    List<ConstantModel> named = new ArrayList<>(constants);
    for (CompositeModel c : composites) {
      named.add(new ConstantModel(c.name(), "", c.in(), WireType.STRING, ""));
    }
    List<ParamModel> sent = new ArrayList<>();
    List<VariableElement> sentElements = new ArrayList<>();
    for (int i = 0; i < parameters.size(); i++) {
      if (!parameters.get(i).input()) {
        sent.add(parameters.get(i));
        sentElements.add(parameterElements.get(i));
      }
    }
    checkWireNames(method, named, sent, sentElements, get != null);
    checkJsonShapes(method, body, named, sent, sentElements);
    checkXmlShapes(method, body, named, sent, sentElements);

    TypeMirror returned = method.getReturnType();
    boolean async = isFuture(returned);
    TypeMirror outcomeType = async ? ((DeclaredType) returned).getTypeArguments().get(0) : returned;
    boolean returnsResult = isLoginResult(outcomeType);
    TypeMirror sessionType =
        returnsResult ? ((DeclaredType) outcomeType).getTypeArguments().get(0) : outcomeType;
    SessionModel session = null;
    if (sessionType.getKind() != TypeKind.DECLARED
        || isRawLoginResult(sessionType)
        || isJdkType(sessionType)) {
      // String, Optional<S>, Map<…>: the return type is the problem, not a session that could
      // become a record
      diagnostics.error(method, Message.UNSUPPORTED_RETURN_TYPE, name, returned);
    } else if (!SessionParser.isRecord(sessionType)) {
      diagnostics.error(method, Message.SESSION_NOT_RECORD, sessionType);
    } else if (Types.isPrivate(Types.element(sessionType))) {
      diagnostics.error(method, Message.PRIVATE_TYPE, Types.nestedName(Types.element(sessionType)));
    } else {
      session = sessions.parse(sessionType, "", 0);
    }
    OutcomeModel outcome =
        outcomes.parse(method, format == Format.SOAP || format == Format.XML_RPC);
    checkRetry(method, outcome, named, sent);
    if (session == null) {
      return null;
    }
    OperationModel model =
        new OperationModel(
            name,
            get != null ? "GET" : "POST",
            path,
            body,
            format,
            constants,
            parameters,
            composites,
            TypeName.get(returned),
            returnsResult,
            async,
            session,
            outcome,
            soap,
            xmlRpc,
            contentType(method, endpoint, post, soap));
    if (diagnostics.errorCount() == errorsBefore) {
      examples.check(method, model); // only a declaration without errors can be run
    }
    return model;
  }

  /**
   * A {@code @RetryOnce} must change a parameter or constant the call sends in its default place.
   */
  private void checkRetry(
      ExecutableElement method,
      OutcomeModel outcome,
      List<ConstantModel> constants,
      List<ParamModel> parameters) {
    if (outcome.retry() == null) {
      return;
    }
    String param = outcome.retry().param();
    boolean known =
        constants.stream().anyMatch(c -> c.in() == In.DEFAULT && c.name().equals(param))
            || parameters.stream()
                .anyMatch(p -> p.in() == In.DEFAULT && p.wireName().equals(param));
    if (!known) {
      Element at = OutcomeParser.declaring(method, RetryOnce.class, null);
      AnnotationMirror mirror = Mirrors.find(at, RetryOnce.class);
      diagnostics.error(
          at,
          mirror,
          Mirrors.value(mirror, "param"),
          Message.RETRY_PARAM_UNKNOWN,
          param,
          method.getSimpleName());
    }
  }

  /**
   * The response format: as written, or implied by a SOAP or XML-RPC body when left to its default.
   */
  private Format format(
      ExecutableElement method, AnnotationMirror endpoint, BodyEncoding body, Format declared) {
    Format implied =
        body == BodyEncoding.SOAP
            ? Format.SOAP
            : body == BodyEncoding.XML_RPC ? Format.XML_RPC : null;
    AnnotationValue written = Mirrors.value(endpoint, "format");
    if (implied == null) {
      return declared;
    }
    if (written != null && declared != implied) {
      diagnostics.error(
          method,
          endpoint,
          written,
          Message.FORMAT_MISMATCH,
          method.getSimpleName(),
          body,
          declared,
          body,
          implied);
    }
    return implied;
  }

  /**
   * The method's {@code @Composed} values, each template naming {@code @Input} parameters by their
   * Java names; every input must feed at least one.
   */
  private List<CompositeModel> composites(
      ExecutableElement method,
      List<ParamModel> parameters,
      List<VariableElement> parameterElements) {
    Map<String, ParamModel> inputs = new LinkedHashMap<>();
    for (ParamModel p : parameters) {
      if (p.input()) {
        inputs.put(p.javaName(), p);
      }
    }
    Set<String> used = new HashSet<>();
    List<CompositeModel> out = new ArrayList<>();
    AnnotationMirror mirror = Mirrors.find(method, Composed.class);
    if (mirror == null) {
      mirror = Mirrors.find(method, Composites.class);
    }
    for (Composed composed : method.getAnnotationsByType(Composed.class)) {
      List<CompositeModel.Part> parts = new ArrayList<>();
      boolean secret = false;
      boolean valid = true;
      Matcher m = TEMPLATE_INPUT.matcher(composed.template());
      int at = 0;
      while (m.find()) {
        if (m.start() > at) {
          parts.add(new CompositeModel.Part(composed.template().substring(at, m.start()), null));
        }
        ParamModel input = inputs.get(m.group(1));
        if (input == null) {
          if (!declaresInput(
              method, m.group(1))) { // an @Input that did not parse is reported already
            diagnostics.error(
                method,
                mirror,
                null,
                Message.UNKNOWN_TEMPLATE_INPUT,
                composed.name(),
                m.group(1),
                method.getSimpleName());
          }
          valid = false;
        } else {
          parts.add(new CompositeModel.Part(null, input.javaName()));
          used.add(input.javaName());
          secret |= input.secret();
        }
        at = m.end();
      }
      if (at < composed.template().length()) {
        parts.add(new CompositeModel.Part(composed.template().substring(at), null));
      }
      if (valid) {
        out.add(
            new CompositeModel(
                composed.name(),
                composed.in(),
                parts,
                composed.encoding(),
                composed.prefix(),
                secret));
      }
    }
    for (int i = 0; i < parameters.size(); i++) {
      ParamModel p = parameters.get(i);
      if (p.input() && !used.contains(p.javaName())) {
        diagnostics.error(
            parameterElements.get(i),
            Message.UNUSED_INPUT,
            p.javaName(),
            method.getSimpleName(),
            p.javaName());
      }
    }
    return out;
  }

  private static boolean declaresInput(ExecutableElement method, String javaName) {
    for (VariableElement p : method.getParameters()) {
      if (p.getSimpleName().contentEquals(javaName) && p.getAnnotation(Input.class) != null) {
        return true;
      }
    }
    return false;
  }

  /** The declared request content type, checked against the body; empty when none (or refused). */
  private String contentType(
      ExecutableElement method, AnnotationMirror endpoint, Post post, SoapModel soap) {
    if (post == null || post.contentType().isEmpty()) {
      return "";
    }
    String problem =
        ContentTypes.problem(post.body(), soap == null ? null : soap.version(), post.contentType());
    if (problem != null) {
      diagnostics.error(
          method,
          endpoint,
          Mirrors.value(endpoint, "contentType"),
          Message.INVALID_CONTENT_TYPE,
          post.contentType(),
          method.getSimpleName(),
          problem);
      return "";
    }
    return post.contentType();
  }

  private SoapModel soap(ExecutableElement method, BodyEncoding body, Soap interfaceSoap) {
    Soap own = method.getAnnotation(Soap.class);
    if (own != null && body != BodyEncoding.SOAP) {
      diagnostics.error(
          method,
          Mirrors.find(method, Soap.class),
          null,
          Message.SOAP_ON_NON_SOAP_ENDPOINT,
          method.getSimpleName());
      return null;
    }
    if (body != BodyEncoding.SOAP) {
      return null;
    }
    Soap soap = own != null ? own : interfaceSoap;
    if (soap == null) {
      diagnostics.error(method, Message.SOAP_WITHOUT_ENVELOPE, method.getSimpleName());
      return null;
    }
    String operation =
        soap.operation().isEmpty() ? method.getSimpleName().toString() : soap.operation();
    Element on = own != null ? method : method.getEnclosingElement();
    AnnotationMirror mirror = Mirrors.find(on, Soap.class);
    boolean valid = true;
    if (!XmlNames.isNamespace(soap.namespace())) {
      diagnostics.error(
          on,
          mirror,
          Mirrors.value(mirror, "namespace"),
          Message.INVALID_SOAP_NAMESPACE,
          soap.namespace(),
          method.getSimpleName());
      valid = false;
    }
    if (!XmlNames.isNcName(operation)) {
      diagnostics.error(
          on,
          mirror,
          Mirrors.value(mirror, "operation"),
          Message.INVALID_XML_NAME,
          "SOAP operation",
          operation,
          method.getSimpleName());
      valid = false;
    }
    if (!XmlNames.isSoapAction(soap.action())) {
      diagnostics.error(
          on,
          mirror,
          Mirrors.value(mirror, "action"),
          Message.INVALID_SOAP_ACTION,
          soap.action(),
          method.getSimpleName());
      valid = false;
    }
    if (!valid) {
      return null;
    }
    return new SoapModel(
        soap.version(),
        soap.namespace(),
        operation,
        soap.action(),
        soap.style() == SoapStyle.RPC,
        soap.encoded());
  }

  private XmlRpcModel xmlRpc(ExecutableElement method, BodyEncoding body) {
    XmlRpc xmlRpc = method.getAnnotation(XmlRpc.class);
    if (xmlRpc != null && body != BodyEncoding.XML_RPC) {
      diagnostics.error(
          method,
          Mirrors.find(method, XmlRpc.class),
          null,
          Message.XML_RPC_ON_NON_XML_RPC_ENDPOINT,
          method.getSimpleName());
      return null;
    }
    if (body == BodyEncoding.XML_RPC && xmlRpc == null) {
      diagnostics.error(method, Message.XML_RPC_WITHOUT_METHOD, method.getSimpleName());
      return null;
    }
    return xmlRpc == null ? null : new XmlRpcModel(xmlRpc.value(), xmlRpc.struct());
  }

  /** {@code CompletableFuture<X>}. */
  private static boolean isFuture(TypeMirror type) {
    TypeElement element = Types.element(type);
    return element != null
        && element.getQualifiedName().contentEquals("java.util.concurrent.CompletableFuture")
        && ((DeclaredType) type).getTypeArguments().size() == 1;
  }

  private static boolean isLoginResult(TypeMirror type) {
    TypeElement element = Types.element(type);
    return element != null
        && element.getQualifiedName().contentEquals(Types.LOGIN_RESULT)
        && ((DeclaredType) type).getTypeArguments().size() == 1;
  }

  /** {@code LoginResult} without its type argument. */
  private static boolean isRawLoginResult(TypeMirror type) {
    TypeElement element = Types.element(type);
    return element != null
        && element.getQualifiedName().contentEquals(Types.LOGIN_RESULT)
        && !isLoginResult(type);
  }

  /**
   * A JDK type ({@code String}, {@code Optional}, {@code Map}, a collection): never a session
   * record, and not something the user could turn into one.
   */
  private static boolean isJdkType(TypeMirror type) {
    TypeElement element = Types.element(type);
    if (element == null) {
      return false;
    }
    String name = element.getQualifiedName().toString();
    return name.startsWith("java.") || name.startsWith("javax.");
  }

  private static boolean inQuery(In in, boolean isGet) {
    return in == In.QUERY || (in == In.DEFAULT && isGet);
  }

  private List<ConstantModel> constants(Element element) {
    List<ConstantModel> out = new ArrayList<>();
    AnnotationMirror mirror = Mirrors.find(element, Constant.class);
    if (mirror == null) {
      mirror = Mirrors.find(element, Constants.class);
    }
    for (Constant constant : element.getAnnotationsByType(Constant.class)) {
      if (constant.in() == In.HEADER
          && ENCODING_HEADERS.contains(constant.name().toLowerCase(Locale.ROOT))) {
        diagnostics.error(
            element,
            mirror,
            null,
            Message.HEADER_COLLISION,
            constant.name(),
            element.getSimpleName());
      }
      String placeholder =
          constant.in() == In.HEADER ? WireValues.unknownPlaceholder(constant.value()) : null;
      if (placeholder != null) {
        diagnostics.error(
            element, mirror, null, Message.UNKNOWN_PLACEHOLDER, constant.name(), placeholder);
      }
      if (!WireValues.isValid(constant.type(), constant.value())) {
        diagnostics.error(
            element,
            mirror,
            null,
            Message.INVALID_TYPED_CONSTANT,
            constant.name(),
            constant.value(),
            constant.type());
      }
      out.add(
          new ConstantModel(
              constant.name(),
              constant.value(),
              constant.in(),
              constant.type(),
              constant.namespace()));
    }
    return out;
  }

  private void checkWireNames(
      ExecutableElement method,
      List<ConstantModel> constants,
      List<ParamModel> parameters,
      List<VariableElement> parameterElements,
      boolean isGet) {
    Set<String> seen = new HashSet<>();
    for (ConstantModel c : constants) {
      if (!seen.add(key(c.in(), c.name(), isGet))) {
        diagnostics.error(method, Message.DUPLICATE_WIRE_NAME, c.name(), method.getSimpleName());
      }
    }
    for (int i = 0; i < parameters.size(); i++) {
      ParamModel p = parameters.get(i);
      Element element = parameterElements.get(i);
      if (p.in() == In.HEADER && ENCODING_HEADERS.contains(p.wireName().toLowerCase(Locale.ROOT))) {
        diagnostics.error(element, Message.HEADER_COLLISION, p.wireName(), method.getSimpleName());
      }
      if (!seen.add(key(p.in(), p.wireName(), isGet))) {
        diagnostics.error(
            element, Message.DUPLICATE_WIRE_NAME, p.wireName(), method.getSimpleName());
      }
    }
  }

  /**
   * Typed constants that only JSON can carry, and positional arrays ({@code params[0]}, …): in a
   * JSON body only, numbered from 0 without a gap, their name not also used plainly.
   */
  private void checkJsonShapes(
      ExecutableElement method,
      BodyEncoding body,
      List<ConstantModel> constants,
      List<ParamModel> parameters,
      List<VariableElement> parameterElements) {
    boolean json = body == BodyEncoding.JSON;
    Map<String, List<Integer>> arrays = new TreeMap<>();
    Set<String> plain = new HashSet<>();
    for (ConstantModel c : constants) {
      if (WireValues.needsJsonBody(c.type()) && (!json || c.in() != In.DEFAULT)) {
        diagnostics.error(
            method,
            Message.TYPED_VALUE_OUTSIDE_JSON_BODY,
            c.name(),
            c.type(),
            method.getSimpleName());
      }
      collectElement(method, c.name(), c.in(), json, arrays, plain);
    }
    for (int i = 0; i < parameters.size(); i++) {
      ParamModel p = parameters.get(i);
      collectElement(parameterElements.get(i), p.wireName(), p.in(), json, arrays, plain);
    }
    for (Map.Entry<String, List<Integer>> array : arrays.entrySet()) {
      List<Integer> indices = new ArrayList<>(array.getValue());
      Collections.sort(indices);
      boolean contiguous = true;
      for (int i = 0; i < indices.size(); i++) {
        contiguous &= indices.get(i) == i;
      }
      if (!contiguous || plain.contains(array.getKey())) {
        diagnostics.error(
            method,
            Message.POSITIONAL_GAP,
            array.getKey(),
            method.getSimpleName(),
            indices,
            array.getKey());
      }
    }
  }

  private void collectElement(
      Element on,
      String wireName,
      In in,
      boolean json,
      Map<String, List<Integer>> arrays,
      Set<String> plain) {
    WireValues.Element element = WireValues.element(wireName);
    if (element == null) {
      if (in == In.DEFAULT) {
        plain.add(wireName);
      }
      return;
    }
    if (!json || in != In.DEFAULT) {
      diagnostics.error(
          on,
          Message.POSITIONAL_OUTSIDE_JSON_BODY,
          wireName,
          on instanceof ExecutableElement
              ? on.getSimpleName()
              : on.getEnclosingElement().getSimpleName());
      return;
    }
    arrays.computeIfAbsent(element.array(), k -> new ArrayList<>()).add(element.index());
  }

  /**
   * In a SOAP body or header every value is an element, named by an XML name, or, in the body, an
   * attribute ({@code @name}) of the operation element or of a record's; a record component named
   * {@code .} is its element's text, next to attributes only. Outside SOAP no value has a
   * namespace.
   */
  private void checkXmlShapes(
      ExecutableElement method,
      BodyEncoding body,
      List<ConstantModel> constants,
      List<ParamModel> parameters,
      List<VariableElement> parameterElements) {
    boolean soap = body == BodyEncoding.SOAP;
    for (ConstantModel c : constants) {
      boolean xml = soap && (c.in() == In.DEFAULT || c.in() == In.SOAP_HEADER);
      checkNamespace(method, c.name(), c.namespace(), xml, method.getSimpleName());
      if (xml && !isXmlName(c.name(), c.in() == In.DEFAULT, false)) {
        diagnostics.error(
            method, Message.INVALID_XML_NAME, "SOAP element", c.name(), method.getSimpleName());
      }
    }
    for (int i = 0; i < parameters.size(); i++) {
      ParamModel p = parameters.get(i);
      boolean xml = soap && (p.in() == In.DEFAULT || p.in() == In.SOAP_HEADER);
      checkNamespace(
          parameterElements.get(i), p.wireName(), p.namespace(), xml, method.getSimpleName());
      if (xml) {
        checkElementName(parameterElements.get(i), p, p.in() == In.DEFAULT, false, method);
      }
    }
  }

  private void checkNamespace(
      Element on, String name, String namespace, boolean xml, Object method) {
    if (namespace.isEmpty()) {
      return;
    }
    if (!xml) {
      diagnostics.error(on, Message.NAMESPACE_OUTSIDE_SOAP, name, method);
    } else if (!XmlNames.isNamespace(namespace)) {
      diagnostics.error(on, Message.INVALID_ELEMENT_NAMESPACE, namespace, name, method);
    }
  }

  private void checkElementName(
      Element element,
      ParamModel p,
      boolean attributeAllowed,
      boolean textAllowed,
      ExecutableElement method) {
    boolean valid =
        isXmlName(p.wireName(), attributeAllowed, textAllowed)
            && !((p.wireName().startsWith("@") || p.wireName().equals("."))
                && !p.components().isEmpty());
    if (!valid) {
      diagnostics.error(
          element, Message.INVALID_XML_NAME, "SOAP element", p.wireName(), method.getSimpleName());
    }
    boolean text = false;
    boolean children = false;
    for (ParamModel component : p.components()) {
      checkElementName(element, component, true, true, method);
      text |= component.wireName().equals(".");
      children |= !component.wireName().equals(".") && !component.wireName().startsWith("@");
    }
    if (text && children) {
      diagnostics.error(element, Message.MIXED_CONTENT, p.wireName(), method.getSimpleName());
    }
  }

  /** An element name, or where allowed an attribute ({@code @name}) or the text ({@code .}). */
  private static boolean isXmlName(String name, boolean attributeAllowed, boolean textAllowed) {
    if (attributeAllowed && name.startsWith("@")) {
      return XmlNames.isNcName(name.substring(1));
    }
    return (textAllowed && name.equals(".")) || XmlNames.isNcName(name);
  }

  /** Names collide within one place; header names case-insensitively. */
  private static String key(In in, String name, boolean isGet) {
    if (in == In.HEADER) {
      return "header:" + name.toLowerCase(Locale.ROOT);
    }
    return (inQuery(in, isGet) ? "query:" : "body:") + name;
  }
}
