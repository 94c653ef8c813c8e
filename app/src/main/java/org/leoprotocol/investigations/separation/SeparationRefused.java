package org.leoprotocol.investigations.separation;

import java.util.Locale;
import java.util.NoSuchElementException;

import org.leoprotocol.shared.Refusal;
import org.leoprotocol.shared.WrongState;
import org.leoprotocol.shared.web.Explained;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * A step refused because one person would hold two duties that must stay apart: recording both the recommended and the
 * final finding of an allegation, judging a case one investigated, approving one's own personnel action, or a board
 * deciding without its quorum (the "four-eyes" principle; see also the Model Law Enforcement Officer Discipline
 * policy's separation of investigation and adjudication). Answered 409 in the API and said on the page in the reader's
 * language.
 */
public class SeparationRefused extends WrongState {

	private static final long serialVersionUID = 1L;

	SeparationRefused(String key, Object... arguments) {
		super(key, arguments);
	}

	/** The one who recommended a finding on an allegation records its final finding. */
	public static SeparationRefused ownRecommendation(String caseNumber, String username) {
		return new SeparationRefused("investigations.separation.ownRecommendation", caseNumber, username);
	}

	/** The investigator of a case sits or votes on its hearing. */
	public static SeparationRefused investigatorJudges(String caseNumber, String who) {
		return new SeparationRefused("investigations.separation.investigatorJudges", caseNumber, who);
	}

	/**
	 * Too few seated members who may vote on the case (the others investigated it) for the board's quorum: says how
	 * many more members command must seat.
	 */
	public static SeparationRefused tooFewMembers(long eligible, int quorum) {
		return new SeparationRefused("investigations.separation.tooFewMembers", eligible, quorum, quorum - eligible);
	}

	/** Fewer votes than the board's quorum. */
	public static SeparationRefused tooFewVotes(long votes, int quorum) {
		return new SeparationRefused("investigations.separation.tooFewVotes", votes, quorum);
	}

	/** The proposer of a personnel action approves it. */
	public static SeparationRefused ownProposal(String username) {
		return new SeparationRefused("investigations.separation.ownProposal", username);
	}

	/** A proposal already approved is approved again. */
	public static SeparationRefused alreadyApproved(String approvedBy) {
		return new SeparationRefused("investigations.separation.alreadyApproved", approvedBy);
	}

	/** A refusal's sentence for a page, in the reader's language when the refusal is explained. */
	public static String said(RuntimeException refused, MessageSource messages) {
		Locale locale = LocaleContextHolder.getLocale();
		return refused instanceof Explained explained
				? messages.getMessage(explained.messageKey(), explained.messageArguments(), refused.getMessage(),
						locale)
				: refused.getMessage();
	}

	/**
	 * The status a page answers a refused form with, as the API answers the same refusal: a refusal's kind gives it; a
	 * check that is not a refusal of Leo's own is answered as the one mapping answers it, a state that forbids the step
	 * 409, a record not found 404, and an argument that cannot be used 400.
	 */
	public static int status(RuntimeException refused) {
		if (refused instanceof Refusal refusal) {
			return refusal.status();
		}
		if (refused instanceof IllegalStateException) {
			return HttpStatus.CONFLICT.value();
		}
		return refused instanceof NoSuchElementException ? HttpStatus.NOT_FOUND.value()
				: HttpStatus.BAD_REQUEST.value();
	}
}
