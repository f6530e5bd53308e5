package com.example;

import dev.loginkit.SecretValue;
import dev.loginkit.annotations.Field;

public record AcmeSession(@Field("access_token") SecretValue accessToken, @Field("expires_in") long expiresIn) {}
