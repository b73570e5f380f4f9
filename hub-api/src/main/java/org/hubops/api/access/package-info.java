/**
 * Who may do what. Every resource method of the application passes an {@link
 * org.hubops.api.access.AccessFilter} (registered by {@link org.hubops.api.access.AccessFeature}),
 * which authenticates the caller (bearer token, or the login session cookie with its CSRF token for
 * changes) and applies the method's {@link org.hubops.api.access.AccessRule}.
 *
 * <p>How a resource declares its access:
 *
 * <ul>
 *   <li>Routes under {@code /api/v1/hubs/{hubId}/} need nothing: they hold a hub's own records and
 *       follow the hub-data rule (every role reads; admins and the hub's coordinators write;
 *       association staff never write). Participants and equipment rely on this.
 *   <li>Any route with a {@code {hubId}} path parameter is limited to the hubs the caller may see:
 *       another hub answers 404, exactly like a hub that does not exist.
 *   <li>Anything else declares itself on the method or class: {@code @RolesAllowed({"ADMIN",
 *       "ASSOCIATION"})}, {@code @PermitAll} (any login), {@link org.hubops.api.access.Public} (no
 *       login), or {@code @DenyAll}. An undeclared route is closed and named in the log at
 *       start-up.
 *   <li>A method that needs finer rules takes {@code @Context SecurityContext} and asks {@link
 *       org.hubops.api.access.Caller#of}: e.g. {@code caller.canSeePersonalData(hubId)} before
 *       answering participants' names and phones.
 * </ul>
 *
 * <p>Answers: 401 (with {@code WWW-Authenticate: Bearer}) without a valid credential, 429 (with
 * {@code Retry-After}) for a password login or a bad credential while {@link
 * org.hubops.api.access.Throttle} refuses (a valid token or cookie is never refused), 403 for a
 * role that may not, 404 for another hub.
 */
package org.hubops.api.access;
