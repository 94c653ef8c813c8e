package org.leoprotocol;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

@SpringBootApplication
@Modulithic(sharedModules = "shared")
public class LeoApplication {

	/**
	 * Serves the web application; a first argument that is a word, not an option, runs that command of the command
	 * line instead (e.g. {@code verify-ledger}, {@code trace FILE}) without a web server, and exits with its code.
	 */
	public static void main(String[] args) {
		SpringApplication application = new SpringApplication(LeoApplication.class);
		if (args.length > 0 && !args[0].startsWith("-")) {
			application.setWebApplicationType(WebApplicationType.NONE);
			application.setDefaultProperties(java.util.Map.of("logging.level.root", "WARN", "leo.demo.enabled", "false"));
			System.exit(SpringApplication.exit(application.run(args)));
		}
		application.run(args);
	}
}
