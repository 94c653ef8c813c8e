/**
 * What the public portal shows, shaped for its pages: charts, filters, tables, officer pages and the publication
 * policy, with the portal's addresses.
 */
package org.leoprotocol.transparency.web;
