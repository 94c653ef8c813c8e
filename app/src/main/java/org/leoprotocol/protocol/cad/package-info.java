/** CAD import: closed incidents from a department's dispatch system, checked, then brought into the record. */
package org.leoprotocol.protocol.cad;
