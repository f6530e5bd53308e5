package test;

import dev.loginkit.annotations.LoginApi;

/** {@code @LoginApi} on an annotation type. */
@LoginApi(baseUrl = "https://api.example.com")
public @interface LoginApiOnAnnotation {
  String value() default "";
}
