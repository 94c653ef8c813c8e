/** Commendations from the public as staff read them: an officer's commendations and the monthly figures for command. */
package org.leoprotocol.complaints.commendation;
