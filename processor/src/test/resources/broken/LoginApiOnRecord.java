package test;

import dev.loginkit.annotations.Field;
import dev.loginkit.annotations.LoginApi;

/** {@code @LoginApi} on a record. */
@LoginApi(baseUrl = "https://api.example.com")
public record LoginApiOnRecord(@Field("sid") String sid) {}
