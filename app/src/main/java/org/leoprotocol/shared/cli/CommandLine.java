package org.leoprotocol.shared.cli;

import java.io.PrintWriter;
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
 * Decides whether Leo was started as a server or as a command, and runs the command. Options
 * ({@code --name=value}) may precede or follow the command's own arguments; they reach Spring as properties and
 * the command as arguments, so a command reads its own options and ignores the rest.
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
		List<String> arguments = new ArrayList<>(Arrays.asList(args));
		arguments.remove(name);
		String[] springOptions = Arrays.stream(args).filter(arg -> arg.startsWith("--")).toArray(String[]::new);
		PrintWriter out = new PrintWriter(System.out, true);
		try (ConfigurableApplicationContext leo = new SpringApplicationBuilder(application).web(WebApplicationType.NONE)
			.properties("spring.main.banner-mode=off", "logging.level.root=WARN", "leo.demo.enabled=false",
					"spring.main.log-startup-info=false")
			.run(springOptions)) {
			Map<String, LeoCommand> commands = leo.getBeansOfType(LeoCommand.class).values().stream()
				.collect(Collectors.toMap(LeoCommand::name, Function.identity()));
			LeoCommand command = commands.get(name);
			if (command == null) {
				out.println(("help".equals(name) ? "" : "Unknown command: " + name + "\n") + "Commands:");
				commands.values().stream().map(LeoCommand::usage).sorted().forEach(usage -> out.println("  ./leo " + usage));
				out.println("  ./leo start | serve   (the web application)");
				return "help".equals(name) ? 0 : 2;
			}
			return command.run(arguments, out);
		}
	}

	private static String firstWord(String[] args) {
		return Arrays.stream(args).filter(arg -> !arg.startsWith("--")).findFirst().orElse(null);
	}
}
