package org.leoprotocol.shared.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.leoprotocol.shared.LeoCommand;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Decides whether Leo was started as a server or as a command, and runs the command. Options for Spring are property
 * names with a dot ({@code --server.port=9090}, {@code --spring.datasource.url=...}) and may precede or follow the
 * command's own arguments; a command's own options have no dot in their name, with or without a value
 * ({@code ./leo import --mapping ccrb FILE.csv}, {@code ./leo verify-ledger --checkpoint=kept.txt}), and reach the
 * command.
 */
public final class CommandLine {

	private static final Set<String> SERVER = Set.of("serve", "start");

	private CommandLine() {
	}

	/** Whether the arguments name a command rather than start the server. */
	public static boolean isCommand(String[] args) {
		return firstWord(args) != null && !SERVER.contains(firstWord(args));
	}

	/** Runs the named command in a Leo without web server and returns its exit code. */
	public static int run(Class<?> application, String[] args) {
		String name = firstWord(args);
		List<String> arguments = commandArguments(args);
		String[] springOptions = Arrays.stream(args).filter(CommandLine::isSpringOption).toArray(String[]::new);
		PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, Charset.defaultCharset()), true);
		try (ConfigurableApplicationContext leo = new SpringApplicationBuilder(application).web(WebApplicationType.NONE)
			.properties("spring.main.banner-mode=off", "logging.level.root=WARN", "leo.demo.enabled=false",
					"spring.main.log-startup-info=false", "leo.cluster.jobs=false")
			.run(springOptions)) {
			Map<String, LeoCommand> commands = leo.getBeansOfType(LeoCommand.class).values().stream()
				.collect(Collectors.toMap(LeoCommand::name, Function.identity()));
			LeoCommand command = commands.get(name);
			if (command == null) {
				out.println(("help".equals(name) ? "" : "Unknown command: " + name + "\n") + "Commands:");
				commands.values().stream().map(LeoCommand::usage).sorted()
					.forEach(usage -> out.println("  ./leo " + usage));
				out.println("  ./leo start | serve   (the web application)");
				return "help".equals(name) ? 0 : 2;
			}
			return command.run(arguments, out);
		}
	}

	/** The command's own arguments: everything but its name and the Spring options. */
	static List<String> commandArguments(String[] args) {
		List<String> arguments = new ArrayList<>(Arrays.stream(args).filter(arg -> !isSpringOption(arg)).toList());
		arguments.remove(firstWord(args));
		return arguments;
	}

	private static boolean isSpringOption(String arg) {
		int equals = arg.indexOf('=');
		return arg.startsWith("--") && equals > 0 && arg.substring(2, equals).contains(".");
	}

	private static String firstWord(String[] args) {
		return Arrays.stream(args).filter(arg -> !arg.startsWith("--")).findFirst().orElse(null);
	}
}
