package dev.loginkit.internal;

import java.io.IOException;
import okhttp3.Request;
import okhttp3.Response;

/** What {@link dev.loginkit.SessionInterceptor} needs from the internals. */
public final class Sessions {
  private Sessions() {}

  /** {@code request} with {@code session} attached. */
  public static <S> Request attach(SessionAttacher<S> attacher, S session, Request request)
      throws IOException {
    Attachment attachment = new Attachment(request);
    attacher.attach(session, attachment);
    return attachment.build();
  }

  /**
   * Calls {@code login} as a re-login for an expired session: the logins it makes on this thread
   * are reported to listeners with the trigger {@code RELOGIN}.
   */
  public static <S> S relogin(java.util.function.Supplier<S> login) {
    Boolean outer = Events.RELOGIN.get();
    Events.RELOGIN.set(Boolean.TRUE);
    try {
      return login.get();
    } finally {
      if (outer == null) {
        Events.RELOGIN.remove();
      }
    }
  }

  /** Whether {@code response} says the session is gone. */
  public static boolean expired(ExpiryRule rule, Response response) throws IOException {
    return rule.expired(response);
  }
}
