package org.leoprotocol;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium driven by its own ChromeDriver; no browser is ever downloaded. Without Chromium the browser tests
 * are skipped with a loud message, except under {@code CI=true}, where a missing browser fails them.
 */
public final class Browser implements AutoCloseable {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");
	static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private final WebDriver driver;
	private final String baseUrl;

	private Browser(WebDriver driver, String baseUrl) {
		this.driver = driver;
		this.baseUrl = baseUrl;
	}

	public static Browser open(int port) {
		boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
		if (!installed && "true".equals(System.getenv("CI"))) {
			throw new IllegalStateException(
					"CI=true but Chromium is missing: .ci/run must install chromium and chromium-driver");
		}
		if (!installed) {
			System.err.println("\n*** BROWSER TESTS SKIPPED: /usr/bin/chromium or /usr/bin/chromedriver is missing. "
					+ "Install them with: apt-get install -y chromium chromium-driver ***\n");
		}
		Assumptions.assumeTrue(installed, "Chromium is not installed");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-dev-shm-usage", "--window-size=1280,1000");
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.build();
		return new Browser(new ChromeDriver(service, options), "http://localhost:" + port);
	}

	public WebDriver driver() {
		return driver;
	}

	public void go(String path) {
		driver.get(baseUrl + path);
	}

	public WebDriverWait waiting() {
		return new WebDriverWait(driver, Duration.ofSeconds(10));
	}

	/** Saves what the browser shows to {@code target/screenshots/NAME.png} and returns the path. */
	public Path screenshot(String name) throws IOException {
		Files.createDirectories(SCREENSHOTS);
		Path target = SCREENSHOTS.resolve(name + ".png");
		Path taken = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
		Files.copy(taken, target, StandardCopyOption.REPLACE_EXISTING);
		return target;
	}

	@Override
	public void close() {
		driver.quit();
	}
}
