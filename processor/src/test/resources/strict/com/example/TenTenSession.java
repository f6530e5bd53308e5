package com.example;

import dev.loginkit.Secret;
import dev.loginkit.annotations.Field;

public record TenTenSession(@Field("sid") String sid, @Field("pswd") Secret encryptedPassword) {}
