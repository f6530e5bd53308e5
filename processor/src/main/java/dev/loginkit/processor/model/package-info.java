/**
 * What the processor understood of one {@code @LoginApi} interface: immutable records, free of
 * {@code javax.lang.model} types except the originating element, so the writer needs nothing else.
 */
package dev.loginkit.processor.model;
