/** What an officer's duty status does to their accounts: full sign-in, read-only, no sign-in, or disabled. */
package org.leoprotocol.access.signin;
