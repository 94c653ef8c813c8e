package org.leoprotocol.demo;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;

/**
 * The demo department's agency settings ({@code demo/agency.properties}), such as the deputy chief designated as
 * command's alternate when a decider is recused. A property source of lowest precedence: a setting given at start wins.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("leo.demo.enabled")
@PropertySource("classpath:demo/agency.properties")
class DemoSettings {
}
