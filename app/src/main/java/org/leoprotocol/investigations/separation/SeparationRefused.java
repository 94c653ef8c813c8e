package org.leoprotocol.investigations.separation;

import java.util.Locale;

import org.leoprotocol.shared.web.Explained;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * A step refused because one person would hold two duties that must stay apart: recording both the recommended and the
 * final finding of an allegation, judging a case one investigated, approving one's own personnel action, or a board
 * deciding without its quorum (the "four-eyes" principle; see also the Model Law Enforcement Officer Discipline
 * policy's separation of investigation and adjudication). Answered 409 in the API and said on the page in the reader's
 * language.
 */
public class SeparationRefused extends IllegalStateException implements Explained {

	private final String key;
	private final transient Object[] arguments;

	SeparationRefused(String key, String english, Object... arguments) {
		super(english);
		this.key = key;
		this.arguments = arguments;
	}

	/** The one who recommended a finding on an allegation records its final finding. */
	public static SeparationRefused ownRecommendation(String caseNumber, String username) {
		return new SeparationRefused("investigations.separation.ownRecommendation",
				username + " recorded the recommended finding of this allegation in case "
						+ caseNumber + "; the final finding must be recorded by someone else",
				caseNumber, username);
	}

	/** The investigator of a case sits or votes on its hearing. */
	public static SeparationRefused investigatorJudges(String caseNumber, String who) {
		return new SeparationRefused("investigations.separation.investigatorJudges",
				who + " investigated case " + caseNumber
						+ " and cannot sit or vote on its hearing",
				caseNumber, who);
	}

	/**
	 * Too few seated members who may vote on the case (the others investigated it) for the board's quorum: says how
	 * many more members command must seat.
	 */
	public static SeparationRefused tooFewMembers(long eligible, int quorum) {
		return new SeparationRefused("investigations.separation.tooFewMembers",
				"The board votes only with a quorum of " + quorum
						+ " seated members who did not investigate the case; there are " + eligible
						+ ": command must seat " + (quorum - eligible)
						+ " more",
				eligible, quorum, quorum - eligible);
	}

	/** Fewer votes than the board's quorum. */
	public static SeparationRefused tooFewVotes(long votes, int quorum) {
		return new SeparationRefused("investigations.separation.tooFewVotes",
				"The board decides only with at least " + quorum
						+ " votes of its members; " + votes + " cast so far",
				votes, quorum);
	}

	/** The proposer of a personnel action approves it. */
	public static SeparationRefused ownProposal(String username) {
		return new SeparationRefused("investigations.separation.ownProposal", username
				+ " proposed this personnel action; another person must approve it", username);
	}

	/** A proposal already approved is approved again. */
	public static SeparationRefused alreadyApproved(String approvedBy) {
		return new SeparationRefused("investigations.separation.alreadyApproved",
				"This personnel action was already approved by "
						+ approvedBy,
				approvedBy);
	}

	@Override
	public String messageKey() {
		return key;
	}

	@Override
	public Object[] messageArguments() {
		return arguments.clone();
	}

	/** A refusal's sentence for a page, in the reader's language when the refusal is explained. */
	public static String said(RuntimeException refused, MessageSource messages) {
		Locale locale = LocaleContextHolder.getLocale();
		return refused instanceof Explained explained
				? messages.getMessage(explained.messageKey(), explained.messageArguments(), refused.getMessage(),
						locale)
				: refused.getMessage();
	}
}
