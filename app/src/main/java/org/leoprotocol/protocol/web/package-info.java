/** What the incident pages show: view records and the routes that the controller and templates share. */
package org.leoprotocol.protocol.web;
