/** What the staff account pages show. */
package org.leoprotocol.access.web;
