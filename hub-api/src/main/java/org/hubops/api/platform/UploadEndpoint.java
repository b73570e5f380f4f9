package org.hubops.api.platform;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a resource (or one of its methods) that takes a file: its request bodies may be as large as
 * {@link RequestLimits#getUploadMax()} instead of {@link RequestLimits#getDefaultMax()}. {@link
 * RequestSizeFilter} finds the marked routes when the application starts.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface UploadEndpoint {}
