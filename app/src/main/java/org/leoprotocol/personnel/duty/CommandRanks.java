package org.leoprotocol.personnel.duty;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The ranks that make an officer part of the agency's command staff, the top rung that every escalation can reach
 * whether or not anyone is on duty. Agencies name them differently, so they are configured
 * ({@code leo.duty.command-ranks}, comma-separated, compared ignoring case).
 */
@Component
public class CommandRanks {

	private final List<String> ranks;

	public CommandRanks(
			@Value("${leo.duty.command-ranks:Chief of Police,Chief,Assistant Chief,Deputy Chief,Commander,Sheriff,Undersheriff}") String ranks) {
		this.ranks = Arrays.stream(ranks.split(",")).map(String::strip).filter(r -> !r.isEmpty())
			.map(r -> r.toLowerCase(Locale.ROOT)).toList();
	}

	/** The configured ranks, in lower case, for a query. */
	public List<String> lowerCase() {
		return ranks;
	}

	public boolean isCommand(String rank) {
		return rank != null && ranks.contains(rank.strip().toLowerCase(Locale.ROOT));
	}
}
