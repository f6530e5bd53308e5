package dev.loginkit.internal;

import java.io.IOException;
import okhttp3.Request;
import okhttp3.Response;

/** What {@link dev.loginkit.SessionInterceptor} needs from the internals. */
public final class Sessions {
  private Sessions() {}

  /** {@code request} with {@code session} attached. */
  public static <S> Request attach(SessionAttacher<S> attacher, S session, Request request) throws IOException {
    Attachment attachment = new Attachment(request);
    attacher.attach(session, attachment);
    return attachment.build();
  }

  /** Whether {@code response} says the session is gone. */
  public static boolean expired(ExpiryRule rule, Response response) throws IOException {
    return rule.expired(response);
  }
}
