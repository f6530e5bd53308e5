package dev.loginkit.benchmarks.cold;

import dev.loginkit.benchmarks.Outcomes;
import dev.loginkit.benchmarks.Payloads;
import dev.loginkit.benchmarks.soap.LoginPort;
import dev.loginkit.benchmarks.soap.LoginReturn;
import jakarta.xml.ws.BindingProvider;
import jakarta.xml.ws.Service;
import javax.xml.namespace.QName;

/** JAX-WS RI from the service's WSDL (the only provider on this class path). */
final class ColdJaxWs {
  private ColdJaxWs() {}

  static Object login(String url) {
    Service service =
        Service.create(
            ColdJaxWs.class.getResource("/login.wsdl"),
            new QName("urn:bench:login", "LoginService"));
    LoginPort port =
        service.getPort(new QName("urn:bench:login", "LoginPortPort"), LoginPort.class);
    ((BindingProvider) port)
        .getRequestContext()
        .put(BindingProvider.ENDPOINT_ADDRESS_PROPERTY, url + "/soap");
    LoginReturn r = port.login(Payloads.LOGIN, Payloads.PASSWORD);
    return Outcomes.soap(200, null, null, null, r.sessionId, r.userId, r.expires);
  }
}
