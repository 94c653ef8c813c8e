/**
 * Staff accounts and how staff prove who they are: form login for people, API tokens (HTTP Basic where allowed) for
 * programs, roles, lockout after repeated failures and the idle session limit of the FBI CJIS Security Policy (5.5.3,
 * 5.5.5). An account's identity is kept apart from its credentials so that TOTP and an external identity provider
 * (OIDC) can be added as further credentials without reshaping accounts.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Staff access",
		allowedDependencies = { "audit", "personnel", "shared", "shared :: web", "shared :: secret" })
package org.leoprotocol.access;
