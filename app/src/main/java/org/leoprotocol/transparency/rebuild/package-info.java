/** Rebuilding the public read models from the other modules' records, from the command line or a staff page. */
package org.leoprotocol.transparency.rebuild;
