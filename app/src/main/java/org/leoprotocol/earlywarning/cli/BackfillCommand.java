package org.leoprotocol.earlywarning.cli;

import java.io.PrintWriter;
import java.util.List;

import org.leoprotocol.earlywarning.HistoryBackfill;
import org.leoprotocol.shared.LeoCommand;

import org.springframework.stereotype.Component;

/**
 * {@code ./leo recompute-early-warning}: rebuilds the early-warning record of the roster's officers from the cases,
 * protocol findings and commendations Leo already holds ({@link HistoryBackfill}), then re-evaluates every officer of
 * every agency, imported ones included.
 */
@Component
public class BackfillCommand implements LeoCommand {

	private final HistoryBackfill backfill;

	BackfillCommand(HistoryBackfill backfill) {
		this.backfill = backfill;
	}

	@Override
	public String name() {
		return "recompute-early-warning";
	}

	@Override
	public String usage() {
		return "recompute-early-warning   (rebuild early warning from recorded cases, protocol findings and commendations)";
	}

	@Override
	public int run(List<String> arguments, PrintWriter out) {
		if (!arguments.isEmpty()) {
			out.println("recompute-early-warning takes no arguments");
			out.println("usage: ./leo " + usage());
			return 2;
		}
		backfill.run(line -> {
			out.println(line);
			out.flush();
		});
		return 0;
	}
}
