package org.leoprotocol.shared;

import com.github.kagkarlsson.scheduler.Scheduler;

import org.springframework.context.SmartLifecycle;

/**
 * Starts a db-scheduler {@link Scheduler} once the application (and its migrations) are ready, and stops it before the
 * connection pool closes. A db-scheduler cannot start again once stopped, so this lifecycle refuses to be paused (the
 * test framework pauses idle contexts); a paused context keeps polling its own database, which is harmless. A disabled
 * one never starts its scheduler (command-line runs do no cluster jobs).
 */
public final class SchedulerLifecycle implements SmartLifecycle {

	private final Scheduler scheduler;
	private final boolean enabled;
	private volatile boolean running;

	public SchedulerLifecycle(Scheduler scheduler, boolean enabled) {
		this.scheduler = scheduler;
		this.enabled = enabled;
	}

	@Override
	public void start() {
		if (enabled) {
			scheduler.start();
		}
		running = true;
	}

	@Override
	public void stop() {
		if (enabled) {
			scheduler.stop();
		}
		running = false;
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	@Override
	public boolean isPauseable() {
		return false;
	}
}
