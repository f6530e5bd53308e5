package dev.loginkit.benchmarks.decode;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.loginkit.benchmarks.Outcomes;

/** What a jackson-dataformat-xml user declares for these bodies (namespaces are not checked). */
public final class XmlDtos {
  private XmlDtos() {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  public static final class Out implements JsonDtos.Dto {
    public String rc;
    public String sid;
    public String pswd;
    public String msg;
    public String version;

    @Override
    public Object outcome(int status) {
      return Outcomes.xml(status, trim(rc), trim(sid), trim(pswd), trim(msg), trim(version));
    }
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  public static final class Envelope implements JsonDtos.Dto {
    @JsonProperty("Body")
    public Body body;

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

  @JsonIgnoreProperties(ignoreUnknown = true)
  public static final class Body {
    @JsonProperty("loginResponse")
    public LoginResponse loginResponse;

    @JsonProperty("Fault")
    public Fault fault;
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  public static final class LoginResponse {
    @JsonProperty("return")
    public Return ret;
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  public static final class Return {
    public String sessionId;
    public long userId;
    public String expires;
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  public static final class Fault {
    public String faultcode;
    public String faultstring;
    public Detail detail;
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  public static final class Detail {
    @JsonProperty("LoginFault")
    public LoginFault loginFault;
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  public static final class LoginFault {
    public String code;
  }

  static String trim(String s) {
    return s == null ? null : s.trim();
  }
}
