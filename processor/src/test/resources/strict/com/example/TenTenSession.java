package com.example;

import dev.loginkit.SecretValue;
import dev.loginkit.annotations.Field;

public record TenTenSession(@Field("sid") String sid, @Field("pswd") SecretValue encryptedPassword) {}
