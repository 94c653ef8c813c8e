/**
 * Public intake without login: the complaint and commendation form and its JSON twin, the status lookup with tracking
 * code and access key, and the guards in front of them (body size limit, per-address allowance).
 */
package org.leoprotocol.complaints.intake;
