package org.leoprotocol.shared.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.module.SimpleModule;

/** Puts {@link ControlCharacterStrings} into the JSON mapper that reads request bodies. */
@Configuration(proxyBeanMethods = false)
class ControlCharacterConfiguration {

	@Bean
	JacksonModule controlCharacterStrings() {
		return new SimpleModule("leo-control-characters").addDeserializer(String.class, new ControlCharacterStrings());
	}
}
