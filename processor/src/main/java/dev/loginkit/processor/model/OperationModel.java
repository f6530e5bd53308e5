package dev.loginkit.processor.model;

import com.palantir.javapoet.TypeName;
import dev.loginkit.annotations.BodyEncoding;
import dev.loginkit.annotations.Format;
import java.util.List;

/**
 * One login method.
 *
 * @param methodName the Java method name
 * @param httpMethod {@code GET} or {@code POST}
 * @param path the declared path
 * @param body the body encoding, or {@code null} for {@code GET}
 * @param format the response format
 * @param constants constants sent before the parameters (interface's first, then the method's)
 * @param params the method's parameters, in order ({@code @Input} ones included, marked)
 * @param composites the {@code @Composed} values, in declaration order
 * @param returnType the declared return type
 * @param returnsResult whether it returns {@code LoginResult<S>} rather than {@code S}
 * @param async whether it returns a {@code CompletableFuture} of that
 * @param session how the session is built
 * @param outcome how a response is classified
 * @param soap the envelope of a SOAP call, else {@code null}
 * @param xmlRpc the method of an XML-RPC call, else {@code null}
 * @param contentType the declared request {@code Content-Type}, or empty for LoginKit's
 */
public record OperationModel(
    String methodName,
    String httpMethod,
    String path,
    BodyEncoding body,
    Format format,
    List<ConstantModel> constants,
    List<ParamModel> params,
    List<CompositeModel> composites,
    TypeName returnType,
    boolean returnsResult,
    boolean async,
    SessionModel session,
    OutcomeModel outcome,
    SoapModel soap,
    XmlRpcModel xmlRpc,
    String contentType) {
  public OperationModel {
    constants = List.copyOf(constants);
    params = List.copyOf(params);
    composites = List.copyOf(composites);
  }
}
