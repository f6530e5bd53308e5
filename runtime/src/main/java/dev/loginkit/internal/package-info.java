/**
 * For generated code; not API. Types here change without notice.
 *
 * <p>The call path: generated code fills {@link dev.loginkit.internal.Params}, hands them with a
 * static {@link dev.loginkit.internal.Operation} to {@link dev.loginkit.internal.LoginRuntime},
 * which encodes the request, sends it once, streams the body into a {@link
 * dev.loginkit.internal.Document} holding only the paths the operation reads, classifies it, and
 * lets the generated {@link dev.loginkit.internal.SessionMapper} build the session.
 */
package dev.loginkit.internal;
