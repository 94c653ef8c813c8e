package org.leoprotocol.notifications.webhook;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A paging system's receiver for tests (the JDK's HTTP server on a free port): it checks each post's signature as a
 * real receiver would and answers with the status it was given; {@link #hanging} never answers until closed.
 */
final class WebhookReceiver implements AutoCloseable {

	static final String SECRET = "a-shared-secret-for-tests-only";

	final List<String> accepted = new CopyOnWriteArrayList<>();
	final List<String> badlySigned = new CopyOnWriteArrayList<>();
	private final HttpServer server;
	private final CountDownLatch released = new CountDownLatch(1);

	private WebhookReceiver(int status, boolean hang) throws IOException {
		server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		server.createContext("/page", exchange -> answer(exchange, status, hang));
		server.start();
	}

	static WebhookReceiver answering(int status) throws IOException {
		return new WebhookReceiver(status, false);
	}

	static WebhookReceiver hanging() throws IOException {
		return new WebhookReceiver(200, true);
	}

	String url() {
		return "http://127.0.0.1:" + server.getAddress().getPort() + "/page";
	}

	private void answer(HttpExchange exchange, int status, boolean hang) throws IOException {
		String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
		String timestamp = exchange.getRequestHeaders().getFirst(WebhookSignature.TIMESTAMP_HEADER);
		String signature = exchange.getRequestHeaders().getFirst(WebhookSignature.SIGNATURE_HEADER);
		boolean genuine = timestamp != null && signature != null && MessageDigest.isEqual(
				WebhookSignature.sign(SECRET, timestamp, body).getBytes(StandardCharsets.UTF_8),
				signature.getBytes(StandardCharsets.UTF_8));
		(genuine ? accepted : badlySigned).add(body);
		if (hang) {
			try {
				released.await(30, TimeUnit.SECONDS);
			}
			catch (InterruptedException stopped) {
				Thread.currentThread().interrupt();
			}
		}
		exchange.sendResponseHeaders(genuine ? status : 401, -1);
		exchange.close();
	}

	@Override
	public void close() {
		released.countDown();
		server.stop(0);
	}
}
