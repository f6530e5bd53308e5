package test;

import dev.loginkit.annotations.LoginApi;

/** An interface without a single method. */
@LoginApi(baseUrl = "https://api.example.com")
public interface NoMethods {}
