/**
 * The public runtime API of LoginKit: what a caller of a generated login client touches.
 *
 * <pre>{@code
 * GatewayLoginClient client = new GatewayLoginClient(
 *     LoginClientConfig.builder().httpClient(sharedOkHttp).build());
 *
 * switch (client.tryLogin("alice", password, null)) {
 *   case LoginResult.Success<GatewaySession> s -> use(s.session());
 *   case LoginResult.Challenge<GatewaySession> c -> askFor(c.reason());
 *   case LoginResult.Failure<GatewaySession> f -> report(f.failure());
 * }
 * }</pre>
 *
 * <p>Everything in {@code dev.loginkit.internal} is for generated code only and is not API.
 */
package dev.loginkit;
