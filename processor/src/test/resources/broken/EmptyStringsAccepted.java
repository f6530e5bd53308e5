package test;

import dev.loginkit.annotations.BodyEncoding;
import dev.loginkit.annotations.Constant;
import dev.loginkit.annotations.Default;
import dev.loginkit.annotations.FailureDetails;
import dev.loginkit.annotations.FailureReason;
import dev.loginkit.annotations.Field;
import dev.loginkit.annotations.LoginApi;
import dev.loginkit.annotations.OnCode;
import dev.loginkit.annotations.Param;
import dev.loginkit.annotations.Post;
import dev.loginkit.annotations.Soap;
import dev.loginkit.annotations.WireValue;
import dev.loginkit.annotations.XmlRpc;

/**
 * Every empty string the processor lets through; the client must still compile. (An empty SOAP
 * namespace or element name is refused: it would be malformed XML.)
 */
@LoginApi(baseUrl = "https://api.example.com")
public interface EmptyStringsAccepted {
  enum Mode {
    @WireValue("") EMPTY
  }

  record Session(@Field(".") String body) {}

  @Post(value = "/soap", body = BodyEncoding.SOAP)
  @Soap(namespace = "urn:x", operation = "", action = "")
  @FailureDetails(code = "", message = "", field = "")
  Session soap(@Param("user") @Default("") String user, @Param("mode") Mode mode);

  @Post(value = "/rpc", body = BodyEncoding.XML_RPC)
  @Constant(name = "", value = "")
  @XmlRpc("")
  @FailureDetails(code = "rc")
  @OnCode(value = "", reason = FailureReason.UNKNOWN)
  @OnCode(value = {}, reason = FailureReason.INVALID_REQUEST)
  Session rpc(@Param("") String user);
}
