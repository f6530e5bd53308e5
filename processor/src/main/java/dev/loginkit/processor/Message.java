package dev.loginkit.processor;

import java.util.Locale;

/**
 * Every diagnostic the processor emits, with a stable id. Each says what is wrong and how to fix
 * it. Tests and docs refer to these constants, never to copied text.
 */
enum Message {
  NOT_AN_INTERFACE("@LoginApi is on %s, which is not an interface. Put @LoginApi on an interface."),
  GENERIC_INTERFACE(
      "@LoginApi interface %s declares type parameters. Remove them: a generated client needs concrete types."),
  INVALID_BASE_URL(
      "baseUrl \"%s\" is not an absolute http or https URL. Write it like \"https://api.example.com\"."),
  NO_ENDPOINT(
      "Method %s has no endpoint. Annotate it with @Get or @Post, or make it a default method."),
  TWO_ENDPOINTS("Method %s has both @Get and @Post. Keep exactly one."),
  INVALID_PATH(
      "Path \"%s\" is not a valid path. Start it with '/' and use no spaces, '?' or '#'; constants go in @Constant."),
  PARAM_WITHOUT_MAPPING(
      "Parameter %s has no @Param. Annotate it with @Param(\"wire-name\") so LoginKit knows where to send it."),
  DUPLICATE_WIRE_NAME(
      "Wire name \"%s\" is bound twice in %s. Give each parameter and constant its own wire name."),
  UNSUPPORTED_PARAM_TYPE(
      "Parameter %s has type %s, which LoginKit cannot send. Use String, a primitive or its box, an enum with @WireValue, or a record of @Param components."),
  RECORD_PARAM_NOT_IN_BODY(
      "Parameter %s is a record, which travels only in a body. Send it with @Post, or pass its fields one by one."),
  ENUM_WITHOUT_WIRE_VALUE(
      "Enum constant %s.%s has no @WireValue. Give every constant of an enum used as a parameter its wire spelling."),
  DEFAULT_ON_PRIMITIVE(
      "Parameter %s is primitive, so it is never null and its @Default is never used. Use the boxed type or drop @Default."),
  SECRET_TYPE(
      "Parameter %s is @Secret but has type %s. Secrets are String or dev.loginkit.SecretValue."),
  UNSUPPORTED_RETURN_TYPE(
      "Method %s returns %s. Return a session record, or LoginResult<YourSessionRecord>."),
  SESSION_NOT_RECORD(
      "Session type %s is not a record. Declare it as a record whose components carry @Field."),
  FIELD_WITHOUT_MAPPING(
      "Record component %s has no @Field. Annotate it with @Field(\"path\") to say where its value is read."),
  UNSUPPORTED_FIELD_TYPE(
      "Record component %s has type %s, which LoginKit cannot read. Use String, Secret, int, long, boolean, double, their boxes, or a record of @Field components."),
  SECRET_FIELD_TYPE(
      "Record component %s is @Secret but has type %s; its value would print in toString(). Declare it as dev.loginkit.SecretValue."),
  NESTED_FIELD_NOT_IN_BODY(
      "Record component %s is a record read from a %s. Nested records are read from the body only."),
  RULE_WITHOUT_PATH("@%s on %s reads nothing. Give it a path, or a status for @ChallengeWhen."),
  INVALID_BODY_PATH(
      "Path \"%s\" is not a valid body path. Use names separated by '/', '@name' for an XML attribute only as the last segment, or \".\" for a whole text body."),
  DUPLICATE_CODE(
      "Code \"%s\" appears twice in the code table of %s. Map each provider code to one reason."),
  DUPLICATE_STATUS(
      "Status %s appears twice in the status table of %s. Map each status to one reason."),
  CODE_TABLE_WITHOUT_CODE_PATH(
      "%s has @OnCode rows but no code to match them against. Add @FailureDetails(code = \"path\")."),
  INVALID_STATUS("Status %s is not an HTTP status. Use a number from 100 to 599."),
  SECRET_IN_QUERY(
      "Secret parameter %s is sent in the URL query string, where proxies and server logs keep it. If the API demands it, acknowledge with @LoginApi(secretsInQuery = true)."),
  SECRET_OVER_HTTP(
      "%s sends secrets to plain http:// base URL %s, readable by anyone on the path. Use https://."),
  HEADER_COLLISION(
      "Header \"%s\" on %s is set by LoginKit or OkHttp (from the encoding, or for transparent gzip). Remove it; the right value is sent."),
  SOAP_ON_NON_SOAP_ENDPOINT(
      "@Soap on %s, whose body is not SOAP. Use @Post(body = BodyEncoding.SOAP), or remove @Soap."),
  INVALID_TYPED_CONSTANT(
      "@Constant(name = \"%s\") has value \"%s\", which is not a valid %s. Write a JSON number like 1 or -2.5 for NUMBER, true or false for BOOLEAN, null for NULL, a complete JSON value for JSON."),
  TYPED_VALUE_OUTSIDE_JSON_BODY(
      "@Constant(name = \"%s\") is %s, which only a JSON body can carry, but %s does not send it in one. Use @Post(body = BodyEncoding.JSON) with in = DEFAULT, or type STRING."),
  INVALID_TYPED_DEFAULT(
      "@Default(\"%s\") on %s is not a %s, the parameter's type, so it could not be sent as one. Write a value of that type, like \"1\" or \"true\"."),
  POSITIONAL_OUTSIDE_JSON_BODY(
      "Wire name \"%s\" on %s is an element of a JSON array, which only a JSON body can carry. Use @Post(body = BodyEncoding.JSON) and in = DEFAULT, or a plain name."),
  POSITIONAL_GAP(
      "JSON array \"%s\" of %s has elements %s. Number its elements from 0 without a gap or a repeat, and do not also send \"%s\" as a plain value."),
  INPUT_WITH_PARAM(
      "Parameter %s has both @Input and @Param. An @Input only feeds @Composed values and is not sent itself; keep one of the two."),
  INPUT_TYPE(
      "@Input parameter %s has type %s, which has no single text to compose. Use String, dev.loginkit.SecretValue, a number, a boolean or an enum with @WireValue."),
  UNKNOWN_TEMPLATE_INPUT(
      "@Composed(name = \"%s\") names {%s}, which is no @Input parameter of %s. Name an @Input parameter by its Java name, like {password}."),
  UNUSED_INPUT(
      "@Input parameter %s feeds no @Composed value of %s, so it would never be sent. Name it in a template as {%s}, or remove it."),
  UNKNOWN_PLACEHOLDER(
      "Header constant \"%s\" names {%s}, which LoginKit does not know. The one run-time value a header can name is {origin}, the scheme, host and port the call goes to, as in \"Referer: {origin}/\"."),
  INVALID_CONTENT_TYPE(
      "@Post(contentType = \"%s\") on %s %s. Write the type the provider documents for this body, like \"application/json-rpc\", or leave it empty for LoginKit's."),
  INVALID_SOAP_NAMESPACE(
      "@Soap(namespace = \"%s\") on %s is not a namespace name. Write a non-empty URI without spaces, quotes, '<' or '&', like \"urn:myapi\"."),
  INVALID_SOAP_ACTION(
      "@Soap(action = \"%s\") on %s has a quote, a backslash, a control or a non-ASCII character. Write the action bare (LoginKit quotes it on the wire), like \"urn:myapi#api_login\"."),
  NAMESPACE_OUTSIDE_SOAP(
      "\"%s\" of %s declares a namespace, but only the elements of a SOAP body or header have one. Remove namespace, or send the value in a SOAP body or header."),
  INVALID_ELEMENT_NAMESPACE(
      "Namespace \"%s\" of \"%s\" on %s is not a namespace name. Write a non-empty URI without spaces, quotes, '<' or '&', like \"urn:zimbra\"."),
  MIXED_CONTENT(
      "Record \"%s\" of %s has a text component (\".\") next to child elements, which LoginKit does not write. Keep only attributes (\"@name\") next to the text."),
  INVALID_XML_NAME(
      "%s name \"%s\" on %s is not an XML name, so the request would be malformed XML. Use a name such as \"api_login\": a letter or '_' first, then letters, digits, '_', '-' or '.', no ':'."),
  SOAP_WITHOUT_ENVELOPE(
      "%s sends a SOAP body but no @Soap says its namespace. Add @Soap(namespace = \"urn:…\") to the method or the interface."),
  XML_RPC_ON_NON_XML_RPC_ENDPOINT(
      "@XmlRpc on %s, whose body is not XML-RPC. Use @Post(body = BodyEncoding.XML_RPC), or remove @XmlRpc."),
  XML_RPC_WITHOUT_METHOD(
      "%s sends an XML-RPC body but has no @XmlRpc naming the method. Add @XmlRpc(\"methodName\")."),
  FORMAT_MISMATCH(
      "%s sends a %s body but reads the answer as %s. Remove format (LoginKit reads %s answers as %s) or change the body."),
  SOAP_HEADER_NOT_SOAP(
      "Parameter %s goes in a SOAP header, but %s does not send SOAP. Use In.HEADER for an HTTP header."),
  TWO_FORMAT_PARAMS(
      "%s has more than one Format parameter. Keep one: it both travels on the wire and chooses how the answer is read."),
  INVALID_FORMAT_DEFAULT(
      "@Default(\"%s\") on %s is not a response format. Use JSON, XML, TEXT, XML_RPC or SOAP."),
  MESSAGE_RULE_NEEDS_ONE_TEST(
      "@OnMessage on %s needs exactly one of equals or matches. Write @OnMessage(equals = \"…\") or @OnMessage(matches = \"…\")."),
  INVALID_REGEX(
      "@OnMessage(matches = \"%s\") on %s is not a valid regular expression: %s. Fix the pattern."),
  MESSAGE_RULE_WITHOUT_MESSAGE(
      "%s has @OnMessage rules but no message to match. Add @FailureDetails(message = \"path\")."),
  INVALID_ECHO(
      "@ChallengeWhen(echo = \"%s\") on %s is not \"wireName=bodyPath\". Write e.g. echo = \"login_token=token\"."),
  CONTINUATION_WITHOUT_ANSWER(
      "@ChallengeWhen on %s sets echo or continueAt but no answer, so it can never be continued. Add answer = \"wire-name\"."),
  RETRY_PARAM_UNKNOWN(
      "@RetryOnce(param = \"%s\") on %s names no parameter or constant the call sends. Name the wire name to change, e.g. \"kill\"."),
  ATTACH_NOT_TOP_LEVEL(
      "@Attach on %s, which is not a scalar component of the session record itself. Attach top-level String, Secret or number components."),
  ATTACH_PLACE(
      "@Attach on %s sends it in %s. Later requests carry a session in In.QUERY, In.HEADER, In.COOKIE, or In.DEFAULT (an XML-RPC struct member)."),
  EXAMPLE_MISMATCH(
      "Example %s of %s does not produce its declared outcome: %s. Fix the declaration, or the example if the provider's documentation changed."),
  EXAMPLE_NEEDS_ONE_BODY(
      "Example %s of %s needs exactly one of body and resource. Write @Example(body = \"…\") or @Example(resource = \"path\")."),
  EXAMPLE_RESOURCE_NOT_FOUND(
      "Example resource \"%s\" of %s was not found on the class output, source path, class path or loginkit.resourceRoots. Put it under src/main/resources (under Gradle, also pass -Aloginkit.resourceRoots)."),
  UNRESOLVED_REFERENCE(
      "%s refers to %s, which does not resolve, so LoginKit writes no client for it. Fix the error javac reports for %s (a missing import?)."),
  INHERITED_METHOD(
      "%s inherits abstract method %s from %s, and LoginKit implements only the methods declared in the @LoginApi interface. Redeclare it in %s with @Get or @Post, or give it a default body."),
  PRIVATE_TYPE(
      "%s is private, so the generated client, a top-level class of the same package, cannot refer to it. Make it package-private or public."),
  SEALED_INTERFACE(
      "@LoginApi interface %s is sealed and does not permit %s, its generated client. Add %s to the permits clause, or remove sealed."),
  CLIENT_NAME_TAKEN(
      "The client of %s would be %s, but a type of that name already exists in this compilation. Rename one of them."),
  XML_WITHOUT_WOODSTOX(
      "%s %s, which needs Woodstox at run time, but com.ctc.wstx.stax.WstxInputFactory is not on the class path (loginkit-runtime declares Woodstox optional). Add the dependency com.fasterxml.woodstox:woodstox-core."),
  INTERNAL_ERROR(
      "LoginKit could not process %s because of an internal error (%s). Please report it with this interface.");

  private final String template;

  Message(String template) {
    this.template = template;
  }

  /** The stable id shown in brackets, e.g. {@code LoginKit:SecretInQuery}. */
  public String id() {
    StringBuilder out = new StringBuilder("LoginKit:");
    for (String word : name().split("_")) {
      out.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
    }
    return out.toString();
  }

  /** The full diagnostic text. */
  public String format(Object... args) {
    return "[" + id() + "] " + String.format(Locale.ROOT, template, args);
  }
}
