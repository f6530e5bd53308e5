/**
 * The LoginKit annotation processor, {@link dev.loginkit.processor.LoginApiProcessor}: declare it
 * on the annotation processor path (Maven's {@code annotationProcessorPaths}, Gradle's {@code
 * annotationProcessor} configuration) and it writes a client for every {@code @LoginApi} interface.
 * Its one option is {@value dev.loginkit.processor.LoginApiProcessor#RESOURCE_ROOTS}.
 *
 * <p>Inside (not API): {@code LoginApiParser} validates an interface into the records of {@code
 * dev.loginkit.processor.model}, {@code ClientWriter} writes them with JavaPoet, and every
 * diagnostic comes from the {@code Message} catalogue (docs/DIAGNOSTICS.md).
 */
package dev.loginkit.processor;
