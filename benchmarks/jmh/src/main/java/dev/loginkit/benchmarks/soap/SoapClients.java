package dev.loginkit.benchmarks.soap;

import jakarta.xml.ws.BindingProvider;
import jakarta.xml.ws.Service;
import jakarta.xml.ws.spi.Provider;
import jakarta.xml.ws.spi.ServiceDelegate;
import javax.xml.namespace.QName;
import org.apache.cxf.jaxws.JaxWsProxyFactoryBean;

/** How a JAX-WS RI user and a CXF user get a {@link LoginPort} proxy without a WSDL. */
public final class SoapClients {
  static final QName SERVICE = new QName("urn:bench:login", "LoginService");
  static final QName PORT = new QName("urn:bench:login", "LoginPortPort");

  private SoapClients() {}

  /**
   * JAX-WS RI (from the service's WSDL, which it needs for a proxy), named explicitly: CXF on the
   * same class path registers a provider too, so {@code Service.create} alone would pick whichever
   * the service loader finds first.
   */
  public static LoginPort jaxws(String baseUrl) {
    Provider ri = new com.sun.xml.ws.spi.ProviderImpl();
    ServiceDelegate service =
        ri.createServiceDelegate(
            SoapClients.class.getResource("/login.wsdl"), SERVICE, Service.class);
    LoginPort port = service.getPort(PORT, LoginPort.class);
    ((BindingProvider) port)
        .getRequestContext()
        .put(BindingProvider.ENDPOINT_ADDRESS_PROPERTY, baseUrl + "/soap");
    return port;
  }

  /** Apache CXF's own proxy factory (its default HTTP conduit). */
  public static LoginPort cxf(String baseUrl) {
    JaxWsProxyFactoryBean factory = new JaxWsProxyFactoryBean();
    factory.setServiceClass(LoginPort.class);
    factory.setAddress(baseUrl + "/soap");
    return (LoginPort) factory.create();
  }
}
