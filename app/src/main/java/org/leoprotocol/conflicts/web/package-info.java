/** The page where staff declare their relations: its view and route. */
package org.leoprotocol.conflicts.web;
