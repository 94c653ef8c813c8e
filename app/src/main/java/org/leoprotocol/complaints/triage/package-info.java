/** Internal affairs' and command's view of complaints: the triage queue by stage, one complaint, its public stages. */
package org.leoprotocol.complaints.triage;
