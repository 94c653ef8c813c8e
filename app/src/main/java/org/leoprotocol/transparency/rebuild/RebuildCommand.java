package org.leoprotocol.transparency.rebuild;

import java.io.PrintWriter;
import java.util.List;

import org.leoprotocol.shared.LeoCommand;

import org.springframework.stereotype.Component;

/**
 * {@code ./leo rebuild-transparency}: rebuilds the portal's read models from the complaints, cases and incidents Leo
 * holds ({@link ReadModelRebuild}), for an installation that had them before the transparency module, or a lost table.
 * Safe while Leo serves requests and receives events.
 */
@Component
class RebuildCommand implements LeoCommand {

	private final RebuildJobs jobs;

	RebuildCommand(RebuildJobs jobs) {
		this.jobs = jobs;
	}

	@Override
	public String name() {
		return "rebuild-transparency";
	}

	@Override
	public String usage() {
		return "rebuild-transparency   (rebuild the transparency portal's statistics from recorded complaints, cases and incidents)";
	}

	@Override
	public int run(List<String> arguments, PrintWriter out) {
		if (!arguments.isEmpty()) {
			out.println("rebuild-transparency takes no arguments");
			out.println("usage: ./leo " + usage());
			return 2;
		}
		boolean done = jobs.runHere("command line", line -> {
			out.println(line);
			out.flush();
		});
		return done ? 0 : 1;
	}
}
