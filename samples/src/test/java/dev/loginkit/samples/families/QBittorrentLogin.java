package dev.loginkit.samples.families;

import dev.loginkit.LoginResult;
import dev.loginkit.annotations.Constant;
import dev.loginkit.annotations.FailureDetails;
import dev.loginkit.annotations.FailureReason;
import dev.loginkit.annotations.Field;
import dev.loginkit.annotations.Format;
import dev.loginkit.annotations.From;
import dev.loginkit.annotations.In;
import dev.loginkit.annotations.LoginApi;
import dev.loginkit.annotations.OnMessage;
import dev.loginkit.annotations.OnStatus;
import dev.loginkit.annotations.Param;
import dev.loginkit.annotations.Post;
import dev.loginkit.annotations.Secret;
import dev.loginkit.annotations.SuccessWhen;

/**
 * qBittorrent's Web API {@code POST /api/v2/auth/login}: a form, refused unless {@code Referer} or
 * {@code Origin} names the server's own origin (its CSRF check); answers {@code Ok.} with an {@code
 * SID} cookie, {@code Fails.} for wrong credentials, and {@code 403} once the client's IP is banned
 * for too many failures.
 */
@LoginApi(baseUrl = "https://qbittorrent.example.test")
public interface QBittorrentLogin {
  record Session(@Field(value = "SID", from = From.COOKIE) dev.loginkit.SecretValue sid) {}

  @Post(value = "/api/v2/auth/login", format = Format.TEXT)
  @Constant(name = "Referer", value = "{origin}/", in = In.HEADER)
  @Constant(name = "Origin", value = "{origin}", in = In.HEADER)
  @SuccessWhen(path = ".", equals = "Ok.")
  @FailureDetails(message = ".")
  @OnMessage(equals = "Fails.", reason = FailureReason.INVALID_CREDENTIALS)
  @OnStatus(value = 403, reason = FailureReason.RATE_LIMITED)
  LoginResult<Session> login(
      @Param("username") String username, @Param("password") @Secret String password);
}
