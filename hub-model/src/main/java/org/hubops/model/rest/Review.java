package org.hubops.model.rest;

/**
 * A reviewer's word on a submission: required when returning it (what to correct) or reopening it
 * (why), optional when approving.
 */
public record Review(String comment) {}
