package org.leoprotocol.earlywarning.model;

/**
 * What the model knows of an officer on a date, each computed only from records before it: a finding counts only when
 * its complaint closed before the date. The groups follow Carton et al. (KDD 2016): the complaint record over several
 * windows and the whole career, broken down by category and finding; recency; career (tenure, rank, unit); exposure, as
 * the officer's complaints against peers of the same unit and rank, because a patrol officer in a busy precinct meets
 * more people than a desk sergeant; the co-accused network (Wood, Roithmayr and Papachristos, "The network structure of
 * police misconduct", Socius 2019: misconduct clusters among officers accused together); Leo's Protocol findings and
 * commendations. Each constant names its words in the {@code i18n/earlywarning-model} bundle
 * ({@code ewmodel.feature.NAME}).
 */
enum Feature {
	COMPLAINTS_1Y,
	COMPLAINTS_2Y,
	COMPLAINTS_5Y,
	COMPLAINTS_CAREER,
	FORCE_2Y,
	ABUSE_OF_AUTHORITY_2Y,
	DISCOURTESY_2Y,
	OFFENSIVE_LANGUAGE_2Y,
	NEGLECT_OF_DUTY_2Y,
	OTHER_2Y,
	FORCE_CAREER,
	ABUSE_OF_AUTHORITY_CAREER,
	DISCOURTESY_CAREER,
	OFFENSIVE_LANGUAGE_CAREER,
	NEGLECT_OF_DUTY_CAREER,
	OTHER_CAREER,
	SUSTAINED_2Y,
	SUSTAINED_CAREER,
	NOT_SUSTAINED_2Y,
	NOT_SUSTAINED_CAREER,
	EXONERATED_OR_UNFOUNDED_CAREER,
	OPEN_COMPLAINTS,
	REPEATED_NOT_SUSTAINED,
	DAYS_SINCE_LAST_COMPLAINT,
	YEARS_SINCE_FIRST_COMPLAINT,
	TENURE_YEARS,
	RANK_COMPLAINT_RATE,
	UNIT_COMPLAINT_RATE,
	PEER_RATIO,
	CO_ACCUSED_OFFICERS,
	CO_ACCUSED_COMPLAINT_RATE,
	CO_ACCUSED_MAX_COMPLAINTS,
	SHARED_COMPLAINT_SHARE,
	PROTOCOL_FINDINGS_2Y,
	COMMENDATIONS_2Y;

	/** The key of its words in the message bundle. */
	String key() {
		return "ewmodel.feature." + name();
	}

	/**
	 * The position of the feature counting allegations of a category ({@link AgencyHistory#CATEGORIES} index) over two
	 * years or the career.
	 */
	@SuppressWarnings("EnumOrdinal") // a feature's ordinal is its column in the model's columnar feature table
	static int of(int category, boolean career) {
		int index = category;
		return (career ? FORCE_CAREER : FORCE_2Y).ordinal() + index;
	}
}
