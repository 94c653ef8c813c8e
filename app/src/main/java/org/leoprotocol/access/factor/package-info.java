/**
 * Second factors of a staff account: TOTP codes, passkeys, the gate that asks for one, and an administrator's reset.
 */
package org.leoprotocol.access.factor;
