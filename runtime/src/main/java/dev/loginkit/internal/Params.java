package dev.loginkit.internal;

import dev.loginkit.LoginConfigurationException;
import dev.loginkit.annotations.In;
import dev.loginkit.annotations.ValueEncoding;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The named values of one request, in order, each with where it travels and whether it is secret. A
 * value is a {@code String}, {@code Boolean}, {@code Number} or nested {@code Params} (a record
 * sent as an object). Generated code fills one per call; encoders read it.
 */
public final class Params {
  private static final In[] PLACES = In.values();
  private static final int SECRET = 1;

  /** The value is the parameter's declared {@code @Default}: the caller passed none. */
  private static final int DEFAULTED = 2;

  private static final int FLAG_BITS = 2;

  /**
   * JSON {@code null}, for a constant declared {@code WireType.NULL} (a {@code null} value is left
   * out).
   */
  public static final Object JSON_NULL = new JsonLiteral("null");

  private String[] names = new String[8];
  private Object[] values = new Object[8];

  /**
   * Per value: the ordinal of its {@link In} shifted left by two, or'ed with {@link #SECRET} and
   * {@link #DEFAULTED}.
   */
  private byte[] flags = new byte[8];

  private int size;

  /** Whether the values form a JSON array, in order, their names unused. */
  private boolean array;

  /** Secrets that are not sent as such (the inputs of a composed value), masked all the same. */
  private List<String> alsoSecret;

  /**
   * A JSON value written exactly as {@code literal} (a constant declared {@code WireType.JSON}, or
   * a number with a fraction or exponent), already checked at compile time; outside JSON, its text.
   */
  public static Object json(String literal) {
    return new JsonLiteral(literal);
  }

  /**
   * A header constant naming the call's origin, {@code "{origin}/"}: resolved when the request is
   * built to the scheme, host and port it goes to (some servers refuse a login whose {@code
   * Referer} or {@code Origin} does not match their host).
   */
  public static Object origin(String template) {
    return new OriginTemplate(template);
  }

  /**
   * Makes these values one JSON array, in order (a positional {@code params[i]} list), in which a
   * {@code null} value is a JSON {@code null} rather than left out, so that positions hold; call it
   * before adding values. Returns this.
   */
  public Params array() {
    array = true;
    return this;
  }

  /** Adds a plain value; {@code null} is left out. */
  public Params param(String name, Object value) {
    return add(name, value, In.DEFAULT, false);
  }

  /**
   * Adds a plain value, or {@code defaultValue} (the parameter's {@code @Default}) when it is
   * {@code null}. A declared retry may replace a defaulted value, never one the caller passed.
   */
  public Params paramOrDefault(String name, Object value, Object defaultValue, In in) {
    return value != null ? add(name, value, in, false) : add(name, defaultValue, in, DEFAULTED);
  }

  /** As {@link #paramOrDefault} for a secret value. */
  public Params secretOrDefault(String name, Object value, Object defaultValue, In in) {
    return value != null
        ? add(name, value, in, true)
        : add(name, defaultValue, in, DEFAULTED | SECRET);
  }

  /** Adds a plain value at {@code in}; {@code null} is left out. */
  public Params param(String name, Object value, In in) {
    return add(name, value, in, false);
  }

  /** Adds a secret value; {@code null} is left out. */
  public Params secret(String name, Object value) {
    return add(name, value, In.DEFAULT, true);
  }

  /** Adds a secret value at {@code in}; {@code null} is left out. */
  public Params secret(String name, Object value, In in) {
    return add(name, value, in, true);
  }

  /**
   * Adds the value composed of {@code parts} (each as its text, in order), encoded as {@code
   * encoding}, after {@code prefix}. A {@code secret} one is masked as sent and as its filled
   * template; mark its secret inputs with {@link #alsoSecret}.
   */
  public Params composed(
      String name, In in, ValueEncoding encoding, String prefix, boolean secret, Object... parts) {
    StringBuilder text = new StringBuilder();
    for (Object part : parts) {
      text.append(part);
    }
    String filled = text.toString();
    if (secret && encoding != ValueEncoding.NONE) {
      alsoSecret(filled);
    }
    return add(name, prefix + Values.encode(encoding, filled), in, secret);
  }

  /**
   * Masks {@code value} in every text like a secret of the call, without sending it; returns this.
   */
  public Params alsoSecret(Object value) {
    if (value != null) {
      if (alsoSecret == null) {
        alsoSecret = new ArrayList<>(2);
      }
      alsoSecret.add(String.valueOf(value));
    }
    return this;
  }

  /**
   * Returns {@code value}, or refuses the call before anything is sent.
   *
   * @throws LoginConfigurationException naming the parameter (never a value) when {@code null}
   */
  public static <T> T require(T value, String parameter) {
    if (value == null) {
      throw new LoginConfigurationException(
          "parameter '" + parameter + "' is required but was null");
    }
    return value;
  }

  private Params add(String name, Object value, In in, boolean isSecret) {
    return add(name, value, in, isSecret ? SECRET : 0);
  }

  private Params add(String name, Object value, In in, int flag) {
    if (value == null) {
      if (!array) {
        return this;
      }
      value = JSON_NULL;
    }
    if (size == names.length) {
      int grown = size * 2;
      names = Arrays.copyOf(names, grown);
      values = Arrays.copyOf(values, grown);
      flags = Arrays.copyOf(flags, grown);
    }
    names[size] = name;
    values[size] = value;
    flags[size] = (byte) (in.ordinal() << FLAG_BITS | flag);
    size++;
    return this;
  }

  /**
   * A copy with {@code name} (in the default place) set to the secret {@code value}: replaced where
   * it was, appended otherwise. Used to answer a challenge with the original parameters.
   */
  Params withSecret(String name, String value) {
    Params copy = emptyCopy();
    boolean replaced = false;
    for (int i = 0; i < size; i++) {
      if (!replaced && in(i) == In.DEFAULT && names[i].equals(name)) {
        copy.add(name, value, In.DEFAULT, true);
        replaced = true;
      } else {
        copy.add(names[i], values[i], in(i), isSecret(i));
      }
    }
    return replaced ? copy : copy.add(name, value, In.DEFAULT, true);
  }

  /**
   * A copy without values that keeps what the values do not carry: whether they form an array, and
   * the texts only masked ({@link #alsoSecret}), so that a retry or a continuation masks what the
   * first attempt did.
   */
  private Params emptyCopy() {
    Params copy = new Params();
    copy.array = array;
    copy.alsoSecret = alsoSecret == null ? null : new ArrayList<>(alsoSecret);
    return copy;
  }

  /**
   * A copy with each of {@code values} set as a secret (challenge tokens sent back), or this when
   * none.
   */
  Params withSecrets(java.util.Map<String, String> values) {
    Params out = this;
    for (java.util.Map.Entry<String, String> e : values.entrySet()) {
      out = out.withSecret(e.getKey(), e.getValue());
    }
    return out;
  }

  /** The index of {@code name} in the default place, or -1. */
  int indexOf(String name) {
    for (int i = 0; i < size; i++) {
      if (in(i) == In.DEFAULT && names[i].equals(name)) {
        return i;
      }
    }
    return -1;
  }

  /** A copy with {@code name} (in the default place) set to the plain {@code value}. */
  Params with(String name, String value) {
    Params copy = emptyCopy();
    boolean replaced = false;
    for (int i = 0; i < size; i++) {
      if (!replaced && in(i) == In.DEFAULT && names[i].equals(name)) {
        copy.add(name, value, In.DEFAULT, isSecret(i));
        replaced = true;
      } else {
        copy.add(names[i], values[i], in(i), isSecret(i));
      }
    }
    return replaced ? copy : copy.add(name, value, In.DEFAULT, false);
  }

  int size() {
    return size;
  }

  boolean isArray() {
    return array;
  }

  String name(int i) {
    return names[i];
  }

  Object value(int i) {
    return values[i];
  }

  In in(int i) {
    return PLACES[flags[i] >> FLAG_BITS];
  }

  boolean isSecret(int i) {
    return (flags[i] & SECRET) != 0;
  }

  /** Whether value {@code i} is its parameter's {@code @Default}, the caller having passed none. */
  boolean isDefaulted(int i) {
    return (flags[i] & DEFAULTED) != 0;
  }

  /** Every secret string value, nested ones included, for redaction. */
  void collectSecrets(java.util.List<String> out) {
    if (alsoSecret != null) {
      out.addAll(alsoSecret);
    }
    for (int i = 0; i < size; i++) {
      if (values[i] instanceof Params nested) {
        nested.collectSecrets(out);
      } else if (isSecret(i)) {
        out.add(String.valueOf(values[i]));
      }
    }
  }

  /** A JSON value written as given; its text outside JSON. */
  static final class JsonLiteral {
    final String literal;

    JsonLiteral(String literal) {
      this.literal = literal;
    }

    @Override
    public String toString() {
      return literal;
    }
  }

  /** A header value naming {@code {origin}}, filled in by the request encoder. */
  static final class OriginTemplate {
    final String template;

    OriginTemplate(String template) {
      this.template = template;
    }

    /**
     * The value for a call to {@code url}: {@code scheme://host[:port]}, the port only when not the
     * default.
     */
    String resolve(okhttp3.HttpUrl url) {
      String host = url.host().indexOf(':') >= 0 ? "[" + url.host() + "]" : url.host();
      String origin =
          url.scheme()
              + "://"
              + host
              + (url.port() == okhttp3.HttpUrl.defaultPort(url.scheme()) ? "" : ":" + url.port());
      return template.replace("{origin}", origin);
    }

    @Override
    public String toString() {
      return template;
    }
  }

  /** Names only: values may be secrets. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("Params[");
    for (int i = 0; i < size; i++) {
      out.append(i == 0 ? "" : ", ").append(names[i]);
    }
    return out.append(']').toString();
  }
}
