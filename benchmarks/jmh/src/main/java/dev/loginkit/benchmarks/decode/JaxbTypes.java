package dev.loginkit.benchmarks.decode;

import dev.loginkit.benchmarks.Outcomes;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

/** What a JAXB user declares for these bodies; the SOAP Header is not mapped, so JAXB skips it. */
public final class JaxbTypes {
  private JaxbTypes() {}

  static final String S = XmlFloor.SOAP11;
  static final String NS = "urn:bench:login";

  @XmlRootElement(name = "out")
  @XmlAccessorType(XmlAccessType.FIELD)
  public static class Out implements JsonDtos.Dto {
    String rc;
    String sid;
    String pswd;
    String msg;
    String version;

    @Override
    public Object outcome(int status) {
      return Outcomes.xml(
          status,
          XmlDtos.trim(rc),
          XmlDtos.trim(sid),
          XmlDtos.trim(pswd),
          XmlDtos.trim(msg),
          XmlDtos.trim(version));
    }
  }

  @XmlRootElement(name = "Envelope", namespace = S)
  @XmlAccessorType(XmlAccessType.FIELD)
  public static class Envelope implements JsonDtos.Dto {
    @XmlElement(name = "Body", namespace = S)
    Body body;

    @Override
    public Object outcome(int status) {
      Fault f = body.fault;
      if (f != null) {
        String detail =
            f.detail == null || f.detail.loginFault == null ? null : f.detail.loginFault.code;
        return Outcomes.soap(status, f.faultcode, f.faultstring, detail, null, 0, null);
      }
      Return r = body.loginResponse.ret;
      return Outcomes.soap(status, null, null, null, r.sessionId, r.userId, r.expires);
    }
  }

  @XmlAccessorType(XmlAccessType.FIELD)
  public static class Body {
    @XmlElement(name = "loginResponse", namespace = NS)
    LoginResponse loginResponse;

    @XmlElement(name = "Fault", namespace = S)
    Fault fault;
  }

  @XmlAccessorType(XmlAccessType.FIELD)
  public static class LoginResponse {
    @XmlElement(name = "return")
    Return ret;
  }

  @XmlAccessorType(XmlAccessType.FIELD)
  public static class Return {
    String sessionId;
    long userId;
    String expires;
  }

  @XmlAccessorType(XmlAccessType.FIELD)
  public static class Fault {
    String faultcode;
    String faultstring;
    Detail detail;
  }

  @XmlAccessorType(XmlAccessType.FIELD)
  public static class Detail {
    @XmlElement(name = "LoginFault", namespace = NS)
    LoginFault loginFault;
  }

  @XmlAccessorType(XmlAccessType.FIELD)
  public static class LoginFault {
    String code;
  }
}
