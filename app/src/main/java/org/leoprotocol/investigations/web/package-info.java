/** Views and routes of the investigation pages and of the public case page. */
@org.springframework.modulith.NamedInterface("web")
package org.leoprotocol.investigations.web;
