/** The person who filed hears of every public stage of their case by email, in English and Spanish. */
package org.leoprotocol.complaints.status;
