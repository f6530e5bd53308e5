package test;

import dev.loginkit.annotations.LoginApi;

@LoginApi(baseUrl = "https://api.example.com")
public abstract class NotAnInterface {}
