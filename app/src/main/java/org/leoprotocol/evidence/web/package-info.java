/** What the evidence pages show: view records, addresses and DOM ids shared by the controller and the templates. */
package org.leoprotocol.evidence.web;
