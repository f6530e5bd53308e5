package dev.loginkit.benchmarks.decode;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.loginkit.benchmarks.Outcomes;

/**
 * What a databind user declares for these bodies: public-field DTOs ignoring unknown properties.
 */
public final class JsonDtos {
  private JsonDtos() {}

  /** A DTO that knows how to become the login's outcome. */
  public interface Dto {
    Object outcome(int status);
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  public static final class Flat implements Dto {
    public String status;
    public String sessionId;

    @JsonProperty("account_id")
    public long accountId;

    @JsonProperty("account_lid")
    public String accountLid;

    public String ima;
    public Error error;

    @Override
    public Object outcome(int httpStatus) {
      return error == null
          ? Outcomes.flat(
              httpStatus, status, sessionId, accountId, accountLid, ima, null, null, null)
          : Outcomes.flat(
              httpStatus,
              status,
              sessionId,
              accountId,
              accountLid,
              ima,
              error.code,
              error.message,
              error.field);
    }
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  public static final class Error {
    public String code;
    public String message;
    public String field;
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  public static final class Nested implements Dto {
    public Result result;
    public Error error;

    @Override
    public Object outcome(int status) {
      Session s = result == null ? null : result.session;
      User u = result == null ? null : result.user;
      return Outcomes.nested(
          status,
          s == null ? null : s.id,
          s == null ? null : s.expires,
          u == null ? 0 : u.id,
          u == null ? null : u.login,
          u == null || u.profile == null ? null : u.profile.name,
          error == null ? null : error.code,
          error == null ? null : error.message);
    }
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  public static final class Result {
    public Session session;
    public User user;
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  public static final class Session {
    public String id;
    public String expires;
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  public static final class User {
    public long id;
    public String login;
    public Profile profile;
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  public static final class Profile {
    public String name;
  }
}
