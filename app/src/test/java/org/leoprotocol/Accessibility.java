package org.leoprotocol;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.webjars.WebJarVersionLocator;

/**
 * Runs Deque's axe-core accessibility engine (WCAG 2.x rules) on the page a browser shows and returns the serious and
 * critical violations, one line each: rule, what it asks, where.
 */
public final class Accessibility {

	private static final String AXE = load();

	private Accessibility() {
	}

	/**
	 * How long axe may take on one page. A long staff page takes a few seconds alone, but half a minute or more on a
	 * shared two-core machine running other builds.
	 */
	private static final Duration AXE_TIME = Duration.ofMinutes(3);

	@SuppressWarnings("unchecked")
	public static List<String> seriousViolations(WebDriver driver) {
		driver.manage().timeouts().scriptTimeout(AXE_TIME);
		JavascriptExecutor script = (JavascriptExecutor) driver;
		script.executeScript(AXE);
		return (List<String>) script.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				axe.run(document, { resultTypes: ['violations'] }).then(result => done(result.violations
				  .filter(v => v.impact === 'serious' || v.impact === 'critical')
				  .map(v => v.id + ': ' + v.help + ' at ' + v.nodes.map(n => n.target.join(' ')).join(', '))));
				""");
	}

	private static String load() {
		String path = new WebJarVersionLocator().fullPath("axe-core", "axe.min.js");
		try (InputStream in = Accessibility.class.getClassLoader().getResourceAsStream(path)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException | NullPointerException ex) {
			throw new IllegalStateException("axe-core is not on the test classpath (" + path + ")", ex);
		}
	}
}
