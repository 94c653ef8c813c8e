package org.leoprotocol.shared;

import java.net.URI;
import java.net.URISyntaxException;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The address the public and staff reach Leo at, which every link Leo writes (mails, webhooks, private links on pages)
 * starts with. An installation behind a proxy or a domain name sets it once ({@code leo.public-url},
 * {@code LEO_PUBLIC_URL}); without it, a link written while answering a request starts with the address that request
 * came to, and one written in the background (a reminder, an escalation mail) with {@code http://localhost} and Leo's
 * port, which only suits a trial on one machine.
 */
@Component
public class PublicAddress {

	private final String configured;
	private final int port;

	PublicAddress(@Value("${leo.public-url:}") String configured, @Value("${server.port:8080}") int port) {
		this.configured = checked(configured.strip()).replaceAll("/+$", "");
		this.port = port;
	}

	/** The absolute address of a path of Leo's ({@code /events/registrations/...}). */
	public String of(String path) {
		return base() + path;
	}

	/** Whether the installation named its public address, rather than Leo guessing it. */
	public boolean isConfigured() {
		return !configured.isEmpty();
	}

	private String base() {
		if (isConfigured()) {
			return configured;
		}
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			boolean defaultPort = ("http".equals(request.getScheme()) && request.getServerPort() == 80)
					|| ("https".equals(request.getScheme()) && request.getServerPort() == 443);
			return request.getScheme() + "://" + request.getServerName()
					+ (defaultPort ? "" : ":" + request.getServerPort()) + request.getContextPath();
		}
		return "http://localhost:" + port;
	}

	private static String checked(String url) {
		if (url.isEmpty()) {
			return url;
		}
		try {
			URI uri = new URI(url);
			if (uri.getHost() != null && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
					&& uri.getQuery() == null && uri.getFragment() == null) {
				return url;
			}
		}
		catch (URISyntaxException malformed) {
			throw new NotAPublicUrl(url, malformed);
		}
		throw new NotAPublicUrl(url, null);
	}
}
