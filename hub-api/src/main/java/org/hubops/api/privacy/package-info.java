/**
 * The lifecycle of participants' personal data (names and phones), beyond keeping the register
 * itself ({@code participants}): who looked at it ({@link org.hubops.api.privacy.AccessLog}), how
 * long it is kept ({@link org.hubops.api.privacy.Retention}) and a person's copy of it ({@link
 * org.hubops.api.privacy.SubjectAccessResource}). See docs/privacy.md.
 */
package org.hubops.api.privacy;
