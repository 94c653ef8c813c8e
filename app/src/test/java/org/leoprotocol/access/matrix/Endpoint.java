package org.leoprotocol.access.matrix;

import java.util.Comparator;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.context.ApplicationContext;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** One method and path pattern Spring answers; a mapping without a method (the error page) counts as GET. */
record Endpoint(String method, String pattern) implements Comparable<Endpoint> {

	private static final Comparator<Endpoint> ORDER = Comparator.comparing(Endpoint::pattern)
		.thenComparing(Endpoint::method);

	/** Every endpoint of every request mapping in the running application. */
	static Set<Endpoint> servedBy(ApplicationContext context) {
		Set<Endpoint> endpoints = new TreeSet<>();
		context.getBeansOfType(RequestMappingHandlerMapping.class).values()
			.forEach(mapping -> mapping.getHandlerMethods().keySet().forEach(info -> {
				Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
				for (String pattern : info.getPatternValues()) {
					if (methods.isEmpty()) {
						endpoints.add(new Endpoint("GET", pattern));
					}
					methods.forEach(method -> endpoints.add(new Endpoint(method.name(), pattern)));
				}
			}));
		return endpoints;
	}

	boolean changesState() {
		return !method.equals("GET");
	}

	boolean isApi() {
		return pattern.startsWith("/api/");
	}

	@Override
	public int compareTo(Endpoint other) {
		return ORDER.compare(this, other);
	}

	@Override
	public String toString() {
		return method + " " + pattern;
	}
}
