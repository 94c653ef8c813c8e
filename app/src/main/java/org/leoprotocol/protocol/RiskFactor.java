package org.leoprotocol.protocol;

/**
 * Circumstances that raise an incident's priority: the "unusual circumstances" of NCMEC's Missing and Abducted
 * Children: A Law-Enforcement Guide to Case Investigation and Program Management (4th ed., 2011) and the agency
 * high-risk lists (Indiana IC 5-2-17-1, UK College of Policing Authorised Professional Practice on missing persons).
 */
public enum RiskFactor {
	/** Believed to be out of the zone of safety for their age and condition (NCMEC 2). */
	OUT_OF_ZONE_OF_SAFETY("out of the zone of safety"),
	/** Mentally diminished: dementia, autism, intellectual disability (NCMEC 3; Indiana "mentally impaired"). */
	MENTALLY_DIMINISHED("mentally diminished"),
	/** Dependent on drugs or medication, prescribed or not (NCMEC 4; Indiana "needs medication"). */
	MEDICATION_DEPENDENT("dependent on medication or drugs"),
	/** Possible victim of foul play or sexual exploitation (NCMEC 5). */
	FOUL_PLAY_SUSPECTED("foul play suspected"),
	/** In a life-threatening situation (NCMEC 6). */
	LIFE_THREATENING_SITUATION("life-threatening situation"),
	/** Absent more than 24 hours before being reported (NCMEC 7). */
	ABSENT_MORE_THAN_24_HOURS("absent more than 24 hours before the report"),
	/** Believed to be with people who could endanger their welfare (NCMEC 8). */
	WITH_ENDANGERING_PERSONS("with people who could endanger them"),
	/** Near water, traffic or other hazards; people with autism are drawn to water (NCMEC special needs). */
	NEAR_HAZARD("near water, traffic or another hazard"),
	/** Adverse weather (College of Policing APP risk indicators). */
	ADVERSE_WEATHER("adverse weather"),
	/** Any other circumstance a reasonable person would treat as putting them at risk (NCMEC 9). */
	OTHER_AT_RISK("otherwise at risk");

	private final String label;

	RiskFactor(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
