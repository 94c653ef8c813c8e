package org.leoprotocol.audit;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;

import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.leoprotocol.shared.phrase.Sentence;

import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes the audit record of every {@link Audited} facade call that returns. Inside the call's transaction the record
 * joins it (a change and its record commit together); a read outside any transaction is recorded in one of its own.
 */
class AuditedCalls implements MethodInterceptor {

	private final AuditTrail trail;

	AuditedCalls(AuditTrail trail) {
		this.trail = trail;
	}

	@Override
	public Object invoke(MethodInvocation invocation) throws Throwable {
		Object result = invocation.proceed();
		Method method = invocation.getMethod();
		Audited audited = method.getAnnotation(Audited.class);
		if (audited != null) {
			Object identifier = audited.recordFromResult() ? identifierOf(result)
					: identifier(method, invocation.getArguments());
			RecordReference record = RecordReference.of(audited.record(), identifier);
			Sentence detail = Sentence.of(audited.detail());
			String component = component(method.getDeclaringClass());
			if (TransactionSynchronizationManager.isActualTransactionActive()
					&& !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
				trail.access(audited.value(), component, record, detail);
			}
			else {
				trail.recorded(audited.value(), component, record, detail);
			}
		}
		return result;
	}

	/** The argument marked {@link AuditedRecord}, or the first; a typed identifier by its one value. */
	static Object identifier(Method method, Object[] arguments) {
		if (arguments.length == 0) {
			return null;
		}
		Annotation[][] annotations = method.getParameterAnnotations();
		Object chosen = arguments[0];
		for (int i = 0; i < annotations.length; i++) {
			for (Annotation annotation : annotations[i]) {
				if (annotation instanceof AuditedRecord) {
					chosen = arguments[i];
				}
			}
		}
		return valueOf(chosen);
	}

	/** The identifier of a call's result: what its public {@code id()} returns, a typed identifier by its value. */
	static Object identifierOf(Object result) {
		if (result == null) {
			return null;
		}
		try {
			return valueOf(result.getClass().getMethod("id").invoke(result));
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(result.getClass().getSimpleName() + " names no id() to audit it by", ex);
		}
	}

	private static Object valueOf(Object chosen) {
		if (chosen instanceof Record identifier && identifier.getClass().getRecordComponents().length == 1) {
			try {
				return identifier.getClass().getRecordComponents()[0].getAccessor().invoke(identifier);
			}
			catch (ReflectiveOperationException ex) {
				return chosen;
			}
		}
		return chosen;
	}

	/** The module a facade belongs to: the package segment below {@code org.leoprotocol}. */
	static String component(Class<?> facade) {
		String below = facade.getPackageName().substring("org.leoprotocol.".length());
		int dot = below.indexOf('.');
		return dot < 0 ? below : below.substring(0, dot);
	}
}
