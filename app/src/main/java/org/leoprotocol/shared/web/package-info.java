/**
 * What every page shares: the {@link org.leoprotocol.shared.web.Chrome} around the content (signed-in user, CSRF token,
 * agency name) and the translation of refused requests into clear answers instead of stack traces.
 */
@org.springframework.modulith.NamedInterface("web")
package org.leoprotocol.shared.web;
