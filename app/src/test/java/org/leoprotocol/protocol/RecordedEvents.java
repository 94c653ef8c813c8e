package org.leoprotocol.protocol;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;

/** Listens to what the application publishes while a test runs, so the test can read the events of one incident. */
public final class RecordedEvents implements ApplicationListener<PayloadApplicationEvent<?>> {

	private final List<Object> published = new CopyOnWriteArrayList<>();
	private final ConfigurableApplicationContext context;

	private RecordedEvents(ConfigurableApplicationContext context) {
		this.context = context;
	}

	public static RecordedEvents start(ConfigurableApplicationContext context) {
		RecordedEvents events = new RecordedEvents(context);
		context.addApplicationListener(events);
		return events;
	}

	public void stop() {
		context.removeApplicationListener(this);
	}

	@Override
	public void onApplicationEvent(PayloadApplicationEvent<?> event) {
		published.add(event.getPayload());
	}

	/** The events of this type that name the incident, in the order they were published. */
	public <T> List<T> of(Class<T> type, String incident, java.util.function.Function<T, IncidentId> incidentOf) {
		return published.stream().filter(type::isInstance).map(type::cast)
			.filter(event -> incidentOf.apply(event).toString().equals(incident)).toList();
	}
}
