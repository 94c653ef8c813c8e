/**
 * Single sign-on with the department's own identity provider (Entra ID, Okta, Keycloak, ADFS) through OpenID Connect
 * Core 1.0: the provider authenticates the staff member (with its own second factor), Leo links the provider's subject
 * to a staff account and takes the account's roles from the groups the provider lists, as the agency maps them. Off
 * unless an issuer is configured.
 */
package org.leoprotocol.access.sso;
