/**
 * The JSON contract of the REST API ({@code /api/v1}): what programs send and receive. Fields the
 * server fills in ({@code id}, {@code version}, timestamps) may be left out of requests.
 */
package org.hubops.model.rest;
