/** The duty roster: shifts of officers at posts over units, and the rules that find who supervises at a moment. */
package org.leoprotocol.personnel.duty;
