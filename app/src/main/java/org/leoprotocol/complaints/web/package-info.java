/** Views and routes of the public intake pages and of the staff complaint list. */
@org.springframework.modulith.NamedInterface("web")
package org.leoprotocol.complaints.web;
