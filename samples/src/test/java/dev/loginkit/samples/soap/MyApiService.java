package dev.loginkit.samples.soap;

import jakarta.jws.WebMethod;
import jakarta.jws.WebParam;
import jakarta.jws.WebResult;
import jakarta.jws.WebService;
import jakarta.jws.soap.SOAPBinding;
import jakarta.xml.soap.SOAPConstants;
import jakarta.xml.soap.SOAPException;
import jakarta.xml.soap.SOAPFactory;
import jakarta.xml.soap.SOAPFault;
import jakarta.xml.ws.WebFault;
import jakarta.xml.ws.soap.SOAPFaultException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A JAX-WS implementation of {@code urn:myapi}'s {@code api_login}, rpc/literal, served by the
 * JAX-WS reference implementation in {@link MyApiJaxWsTest}: a SOAP stack nobody here wrote, which
 * must accept the envelope LoginKit sends. It records every username and password it receives.
 */
@WebService(serviceName = "MyApiService", portName = "MyApiPort", targetNamespace = "urn:myapi")
@SOAPBinding(style = SOAPBinding.Style.RPC, use = SOAPBinding.Use.LITERAL)
public class MyApiService {
  static final String USER = "user@domain.com";
  static final String PASSWORD = "s3cr<e>t&pass";
  static final String SESSION = "434ee20ee37a5ce6a2ec4b1e6953b86f";

  private final List<String[]> received = new CopyOnWriteArrayList<>();

  /** Opens a session for the one known account; a wrong password is a declared fault. */
  @WebMethod(operationName = "api_login")
  @WebResult(name = "return", partName = "return")
  public String apiLogin(
      @WebParam(name = "username", partName = "username") String username,
      @WebParam(name = "password", partName = "password") String password)
      throws InvalidLoginFault {
    received.add(new String[] {username, password});
    if (username == null || username.isEmpty()) {
      throw clientFault("username is required");
    }
    if (!USER.equals(username) || !PASSWORD.equals(password)) {
      throw new InvalidLoginFault("Invalid login for " + username);
    }
    return SESSION;
  }

  /** The (username, password) pairs received, in order. */
  @WebMethod(exclude = true)
  public List<String[]> received() {
    return received;
  }

  private static SOAPFaultException clientFault(String message) {
    try {
      SOAPFault fault =
          SOAPFactory.newInstance(SOAPConstants.SOAP_1_1_PROTOCOL)
              .createFault(
                  message,
                  new javax.xml.namespace.QName(SOAPConstants.URI_NS_SOAP_1_1_ENVELOPE, "Client"));
      return new SOAPFaultException(fault);
    } catch (SOAPException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The checked fault JAX-WS maps to a SOAP 1.1 {@code Server} fault whose string is the message.
   */
  @WebFault(name = "InvalidLogin", targetNamespace = "urn:myapi")
  public static class InvalidLoginFault extends Exception {
    private static final long serialVersionUID = 1L;

    /** With the fault string. */
    public InvalidLoginFault(String message) {
      super(message);
    }
  }
}
