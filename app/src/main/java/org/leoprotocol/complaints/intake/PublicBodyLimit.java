package org.leoprotocol.complaints.intake;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses oversized bodies on the public, unauthenticated endpoints before anything reads them: a complaint is at most
 * a few tens of kilobytes, and without this limit a JSON body of any size would be read into memory. A JSON body must
 * declare its length, so that the limit can be checked up front; form posts are parsed by the servlet container, which
 * caps them itself ({@code server.tomcat.max-http-form-post-size}, 2 MB).
 */
@Component
class PublicBodyLimit extends OncePerRequestFilter {

	static final long MAX_BYTES = 64 * 1024;

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI();
		return !"POST".equals(request.getMethod())
				|| !(path.startsWith("/public/") || path.startsWith("/api/v1/public/"));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long length = request.getContentLengthLong();
		if (length < 0 && request.getContentType() != null && !isForm(request)) {
			response.sendError(HttpStatus.LENGTH_REQUIRED.value(), "Send the request with a Content-Length");
		}
		else if (length > MAX_BYTES) {
			response.sendError(HttpStatus.CONTENT_TOO_LARGE.value(),
					"A submission may have at most " + MAX_BYTES / 1024 + " KB");
		}
		else {
			chain.doFilter(request, response);
		}
	}

	private static boolean isForm(HttpServletRequest request) {
		return request.getContentType() != null
				&& request.getContentType().startsWith("application/x-www-form-urlencoded");
	}
}
