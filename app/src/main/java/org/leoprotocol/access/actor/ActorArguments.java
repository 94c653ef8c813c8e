package org.leoprotocol.access.actor;

import jakarta.servlet.http.HttpServletRequest;

import org.leoprotocol.shared.Actor;

import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Gives a controller method its {@link Actor} parameter. A route that takes an actor is a staff route: reaching it
 * without a signed-in staff member is refused as unauthenticated, which the security configuration already prevents.
 */
class ActorArguments implements HandlerMethodArgumentResolver {

	private final RequestActors actors;

	ActorArguments(RequestActors actors) {
		this.actors = actors;
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return Actor.class.equals(parameter.getParameterType());
	}

	@Override
	public Actor resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
			NativeWebRequest webRequest, WebDataBinderFactory binders) {
		HttpServletRequest request = webRequest.getNativeRequest(HttpServletRequest.class);
		return actors.of(request, SecurityContextHolder.getContext().getAuthentication())
			.orElseThrow(() -> new AuthenticationCredentialsNotFoundException("No staff member is signed in"));
	}
}
