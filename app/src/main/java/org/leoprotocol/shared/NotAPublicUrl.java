package org.leoprotocol.shared;

/** {@code leo.public-url} is not an http(s) address; links built on it would lead nowhere. */
final class NotAPublicUrl extends StartRefused {

	NotAPublicUrl(String url, Throwable cause) {
		super("leo.public-url (LEO_PUBLIC_URL) is \"" + url + "\", which is not an http or https address", cause);
	}

	@Override
	public String action() {
		return "Set LEO_PUBLIC_URL to the address people open Leo at, e.g. https://leo.example.gov "
				+ "(a path such as https://example.gov/leo is allowed; no query or fragment).";
	}
}
