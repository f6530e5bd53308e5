package test;

import dev.loginkit.annotations.BodyEncoding;
import dev.loginkit.annotations.ChallengeWhen;
import dev.loginkit.annotations.Constant;
import dev.loginkit.annotations.Default;
import dev.loginkit.annotations.FailureDetails;
import dev.loginkit.annotations.FailureReason;
import dev.loginkit.annotations.Field;
import dev.loginkit.annotations.LoginApi;
import dev.loginkit.annotations.OnCode;
import dev.loginkit.annotations.OnMessage;
import dev.loginkit.annotations.Param;
import dev.loginkit.annotations.Post;
import dev.loginkit.annotations.Soap;
import dev.loginkit.annotations.SuccessWhen;
import dev.loginkit.annotations.WireValue;
import dev.loginkit.annotations.XmlRpc;

/** Empty strings wherever an annotation takes one. */
@LoginApi(baseUrl = "")
@Constant(name = "", value = "")
public interface EmptyStrings {
  enum Mode {
    @WireValue("") EMPTY
  }

  record Session(@Field("") String sid) {}

  @Post(value = "", body = BodyEncoding.SOAP)
  @Soap(namespace = "", operation = "", action = "")
  @SuccessWhen(path = "", equals = "")
  @ChallengeWhen(path = "", equals = "")
  @FailureDetails(code = "", message = "", field = "")
  @OnCode(value = "", reason = FailureReason.UNKNOWN)
  @OnCode(value = {}, reason = FailureReason.UNKNOWN)
  @OnMessage(equals = "", matches = "", reason = FailureReason.UNKNOWN)
  Session login(@Param("") @Default("") String user, @Param("") Mode mode);

  @Post(value = "/rpc", body = BodyEncoding.XML_RPC)
  @XmlRpc("")
  Session rpc(@Param("") String user);
}
