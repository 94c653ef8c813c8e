/** Hashes of secrets Leo must recognise but never keep: access keys, link tokens, API tokens, client addresses. */
@org.springframework.modulith.NamedInterface("secret")
package org.leoprotocol.shared.secret;
