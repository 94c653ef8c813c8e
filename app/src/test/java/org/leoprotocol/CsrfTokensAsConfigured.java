package org.leoprotocol;

import java.lang.reflect.Field;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.util.ReflectionUtils;

/**
 * Spring Security's MockMvc {@code csrf()} swaps the CSRF filter's token store for a session-based test store and never
 * swaps it back. The server of the shared test context runs the same filter, so after the first MockMvc test every
 * browser and real-HTTP test would see session-bound tokens instead of Leo's own store (public visitors keep theirs in
 * a cookie). After each MockMvc request this puts the configured store back.
 */
@TestConfiguration(proxyBeanMethods = false)
public class CsrfTokensAsConfigured {

	@Bean
	MockMvcBuilderCustomizer restoreCsrfTokenStore(FilterChainProxy security) {
		CsrfFilter filter = security.getFilterChains().stream().flatMap(chain -> chain.getFilters().stream())
			.filter(CsrfFilter.class::isInstance).map(CsrfFilter.class::cast).findFirst().orElseThrow();
		Field store = ReflectionUtils.findField(CsrfFilter.class, "tokenRepository");
		ReflectionUtils.makeAccessible(store);
		CsrfTokenRepository configured = (CsrfTokenRepository) ReflectionUtils.getField(store, filter);
		return builder -> builder.alwaysDo(result -> ReflectionUtils.setField(store, filter, configured));
	}
}
