package com.example;

import dev.loginkit.Secret;
import dev.loginkit.annotations.Field;

public record AcmeSession(@Field("access_token") Secret accessToken, @Field("expires_in") long expiresIn) {}
