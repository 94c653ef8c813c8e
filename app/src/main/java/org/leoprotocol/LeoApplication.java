package org.leoprotocol;

import org.leoprotocol.shared.cli.CommandLine;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/**
 * Leo: the web application ({@code start}, {@code serve}, or no argument) or one of its commands ({@code ./leo help}
 * lists them).
 */
@SpringBootApplication
@Modulithic(sharedModules = "shared")
public class LeoApplication {

	public static void main(String[] args) {
		if (CommandLine.isCommand(args)) {
			System.exit(CommandLine.run(LeoApplication.class, args));
		}
		SpringApplication.run(LeoApplication.class, args);
	}
}
