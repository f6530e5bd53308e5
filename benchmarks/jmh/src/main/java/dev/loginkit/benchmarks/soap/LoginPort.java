package dev.loginkit.benchmarks.soap;

import jakarta.jws.WebMethod;
import jakarta.jws.WebParam;
import jakarta.jws.WebResult;
import jakarta.jws.WebService;
import jakarta.jws.soap.SOAPBinding;

/** The SOAP login as a JAX-WS service endpoint interface (document/literal wrapped, SOAP 1.1). */
@WebService(name = "LoginPort", targetNamespace = "urn:bench:login")
@SOAPBinding(
    style = SOAPBinding.Style.DOCUMENT,
    use = SOAPBinding.Use.LITERAL,
    parameterStyle = SOAPBinding.ParameterStyle.WRAPPED)
public interface LoginPort {
  @WebMethod(operationName = "login", action = "urn:bench:login#login")
  @WebResult(name = "return")
  LoginReturn login(
      @WebParam(name = "username") String username, @WebParam(name = "password") String password);
}
