package dev.loginkit.samples.tenten;

import dev.loginkit.annotations.WireValue;

/** What 1010data does with an existing session of the same user. */
public enum Kill {
  /** End the existing session and start a new one (the server's default). */
  @WireValue("yes")
  YES,
  /** Keep the existing session: the login fails if one is active. */
  @WireValue("no")
  NO,
  /** Take the existing session over. */
  @WireValue("possess")
  POSSESS,
  /** Only authenticate; start no session. */
  @WireValue("auth")
  AUTH
}
