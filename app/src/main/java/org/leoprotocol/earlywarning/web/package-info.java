/** What the early-warning pages show: view records and the routes that the controller and templates share. */
package org.leoprotocol.earlywarning.web;
