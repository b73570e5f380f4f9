/**
 * What operators reach besides the API: the admin port (bound to this machine, without the task
 * that changes log levels) and the log (which never shows a credential, at any level).
 */
package org.hubops.api.operations;
