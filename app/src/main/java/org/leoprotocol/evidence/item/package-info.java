/** The evidence items and their links to cases and incidents, as kept in the database. */
package org.leoprotocol.evidence.item;
