package org.leoprotocol.shared.redaction;

import java.util.List;

/**
 * The people one module's records name, for text that belongs to no single record (an outreach event's title, a survey
 * result): the gate then guards everyone the agency knows. Each module that keeps names implements it; the redaction
 * gate owns the interface it needs, so no module depends on another for it.
 */
public interface PeopleOnRecord {

	List<PersonInRecord> named();
}
