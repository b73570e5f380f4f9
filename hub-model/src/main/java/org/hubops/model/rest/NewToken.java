package org.hubops.model.rest;

/**
 * What to say when asking for a token.
 *
 * @param label what the token is for; optional
 */
public record NewToken(String label) {}
