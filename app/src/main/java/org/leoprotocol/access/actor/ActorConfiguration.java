package org.leoprotocol.access.actor;

import java.util.List;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Lets every controller method name an {@link org.leoprotocol.shared.Actor} parameter. */
@Configuration
class ActorConfiguration implements WebMvcConfigurer {

	private final RequestActors actors;

	ActorConfiguration(RequestActors actors) {
		this.actors = actors;
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new ActorArguments(actors));
	}
}
