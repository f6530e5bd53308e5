/**
 * The vocabulary for declaring a remote login call on a Java interface.
 *
 * <p>An interface annotated with {@link dev.loginkit.annotations.LoginApi} is read at compile time
 * by the LoginKit annotation processor, which writes a typed client class next to it. For example:
 *
 * <pre>{@code
 * @LoginApi(baseUrl = "https://www2.1010data.com")
 * interface GatewayLogin {
 *   @Get(value = "/gw.k", format = Format.XML)
 *   @Constant(name = "api", value = "login")
 *   @SuccessWhen(path = "rc", equals = "0")
 *   @FailureDetails(code = "rc", message = "msg")
 *   GatewaySession login(@Param("uid") String user, @Param("pswd") @Secret String password);
 * }
 * }</pre>
 *
 * <p>The annotations carry no behaviour and have no dependencies; {@link
 * dev.loginkit.annotations.FailureReason} is the one taxonomy of failures shared by the
 * annotations, the generated code and the runtime.
 */
package dev.loginkit.annotations;
