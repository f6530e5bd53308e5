/**
 * Micrometer metrics for LoginKit logins: {@link dev.loginkit.micrometer.LoginMetrics}, a {@link
 * dev.loginkit.LoginListener} to pass to {@code LoginClientConfig.Builder.listener}. Only users who
 * add {@code loginkit-micrometer} carry Micrometer; the runtime does not depend on it.
 */
package dev.loginkit.micrometer;
