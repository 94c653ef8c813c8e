package org.leoprotocol.shared;

import java.io.PrintWriter;
import java.util.List;

/**
 * A task run from the command line with the same jar ({@code ./leo NAME ARGS…}): Leo starts without its web server,
 * runs the command with the remaining arguments, and exits with the returned code. A module offers a command by
 * declaring a bean of this type.
 */
public interface LeoCommand {

	/** The word that selects the command, such as {@code import} or {@code verify-ledger}. */
	String name();

	/** One line on how to call it, shown by {@code ./leo help}. */
	String usage();

	/**
	 * Runs the command.
	 * @param arguments what followed the command's name, options ({@code --name=value}) included
	 * @param out the console, for progress and results
	 * @return the process exit code: 0 for success, 1 for a failed check, 2 for bad arguments
	 */
	int run(List<String> arguments, PrintWriter out);
}
