package org.leoprotocol.notifications.delivery;

import java.time.Duration;

/**
 * How the delivery worker paces itself: how often it looks for due deliveries, how long its claim on a delivery holds
 * before another node may take it over, and how many deliveries it carries at once.
 */
record WorkerSettings(Duration pollingInterval, Duration lease, int threads) {
}
