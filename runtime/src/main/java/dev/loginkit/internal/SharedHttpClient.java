package dev.loginkit.internal;

import okhttp3.OkHttpClient;

/**
 * The OkHttp client used when the caller passes none: one per JVM, created on first use (a new
 * client costs a large part of a cold start).
 */
final class SharedHttpClient {
  private SharedHttpClient() {}

  private static final class Holder {
    static final OkHttpClient CLIENT = new OkHttpClient();
  }

  static OkHttpClient get() {
    return Holder.CLIENT;
  }
}
