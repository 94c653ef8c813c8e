package org.leoprotocol.audit;

import org.springframework.aop.Advisor;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.transaction.annotation.EnableTransactionManagement;

/**
 * Puts the audit of {@link Audited} calls around every facade that declares it. Transactions are ordered before it, so
 * the audit runs inside the call's transaction: a change and its audit record commit or roll back together.
 */
@Configuration(proxyBeanMethods = false)
@EnableTransactionManagement(proxyTargetClass = true, order = AuditedCallsConfiguration.TRANSACTIONS)
class AuditedCallsConfiguration {

	/** Transactions wrap the audit interceptor: a lower order runs outside a higher one. */
	static final int TRANSACTIONS = Ordered.LOWEST_PRECEDENCE - 10;

	@Bean
	@Role(BeanDefinition.ROLE_INFRASTRUCTURE)
	static Advisor auditedCalls(@Lazy AuditTrail trail) {
		DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(
				AnnotationMatchingPointcut.forMethodAnnotation(Audited.class), new AuditedCalls(trail));
		advisor.setOrder(Ordered.LOWEST_PRECEDENCE);
		return advisor;
	}
}
