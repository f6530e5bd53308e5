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

/** Every empty string the processor lets through; the client must still compile. */
@LoginApi(baseUrl = "https://api.example.com")
@Constant(name = "", value = "")
public interface EmptyStringsAccepted {
  enum Mode {
    @WireValue("") EMPTY
  }

  record Session(@Field(".") String body) {}

  @Post(value = "/soap", body = BodyEncoding.SOAP)
  @Soap(namespace = "", operation = "", action = "")
  @FailureDetails(code = "", message = "", field = "")
  Session soap(@Param("") @Default("") String user, @Param("") Mode mode);

  @Post(value = "/rpc", body = BodyEncoding.XML_RPC)
  @XmlRpc("")
  @FailureDetails(code = "rc")
  @OnCode(value = "", reason = FailureReason.UNKNOWN)
  @OnCode(value = {}, reason = FailureReason.INVALID_REQUEST)
  Session rpc(@Param("") String user);
}
