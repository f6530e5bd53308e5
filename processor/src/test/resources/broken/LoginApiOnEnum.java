package test;

import dev.loginkit.annotations.LoginApi;

/** {@code @LoginApi} on an enum. */
@LoginApi(baseUrl = "https://api.example.com")
public enum LoginApiOnEnum {
  ONE, TWO
}
