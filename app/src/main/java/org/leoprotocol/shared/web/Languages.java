package org.leoprotocol.shared.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Public pages speak English and Spanish. The browser's preferred language decides first; {@code ?lang=es} or
 * {@code ?lang=en} switches, and the choice is remembered in a cookie for a year.
 */
@Configuration(proxyBeanMethods = false)
class Languages implements WebMvcConfigurer {

	static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.forLanguageTag("es"));

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("LEO_LANG");
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setDefaultLocaleFunction(request -> supported(request.getLocale()));
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor switcher = new LocaleChangeInterceptor();
		switcher.setParamName("lang");
		switcher.setIgnoreInvalidLocale(true);
		registry.addInterceptor(switcher);
	}

	static Locale supported(Locale wanted) {
		return SUPPORTED.stream().filter(locale -> locale.getLanguage().equals(wanted.getLanguage())).findFirst()
			.orElse(Locale.ENGLISH);
	}
}
