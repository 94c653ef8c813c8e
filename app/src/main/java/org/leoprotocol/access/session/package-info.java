/** Staff sessions: ending all of a person's sessions at once, and the cluster's cleanup of expired ones. */
package org.leoprotocol.access.session;
