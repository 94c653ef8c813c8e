/** What the personnel pages show: view records and the routes that controllers and templates share. */
package org.leoprotocol.personnel.web;
