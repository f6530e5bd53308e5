/**
 * The LoginKit annotation processor: {@link dev.loginkit.processor.LoginApiProcessor} orchestrates,
 * {@link dev.loginkit.processor.LoginApiParser} validates an interface into a {@link
 * dev.loginkit.processor.model.LoginApiModel}, {@link dev.loginkit.processor.ClientWriter} writes it
 * with JavaPoet. Every diagnostic comes from {@link dev.loginkit.processor.Message}.
 */
package dev.loginkit.processor;
