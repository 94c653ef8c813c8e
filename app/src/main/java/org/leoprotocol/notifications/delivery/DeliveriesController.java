package org.leoprotocol.notifications.delivery;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.leoprotocol.access.StaffContact;
import org.leoprotocol.access.StaffDirectory;
import org.leoprotocol.audit.AuditAction;
import org.leoprotocol.audit.AuditTrail;
import org.leoprotocol.audit.RecordReference;
import org.leoprotocol.notifications.web.DeliveriesView;
import org.leoprotocol.notifications.web.NotificationRoutes;
import org.leoprotocol.shared.UnknownRecord;
import org.leoprotocol.shared.phrase.Sentence;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Administrators see every delivery's state and the reason of its last failure, and queue a failed one again once its
 * cause is fixed (a mail address added, a receiver repaired). Reading and retrying are audited.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class DeliveriesController {

	static final int SHOWN = 300;

	private final Deliveries deliveries;
	private final StaffDirectory staff;
	private final AuditTrail audit;
	private final Wakeup wakeup;
	private final Clock clock;

	DeliveriesController(Deliveries deliveries, StaffDirectory staff, AuditTrail audit, Wakeup wakeup, Clock clock) {
		this.deliveries = deliveries;
		this.staff = staff;
		this.audit = audit;
		this.wakeup = wakeup;
		this.clock = clock;
	}

	@GetMapping(NotificationRoutes.DELIVERIES)
	String list(@RequestParam(defaultValue = "false") boolean failures, @RequestParam(required = false) String retried,
			Model model) {
		audit.query(AuditAction.SEARCH, "notifications", "NotificationDelivery", failures
				? Sentence.ofText("audit.detail.search.failures") : Sentence.ofText("audit.detail.search.all"));
		Map<UUID, String> usernames = new HashMap<>();
		List<DeliveriesView.Row> rows = deliveries.newest(failures, SHOWN).stream().map(d -> row(d, usernames))
			.toList();
		model.addAttribute("view", new DeliveriesView(rows, failures, retried != null));
		return "notifications/deliveries";
	}

	@PostMapping(NotificationRoutes.DELIVERIES + "/{id}/retry")
	@Transactional
	String retry(@PathVariable UUID id) {
		if (!deliveries.requeue(id, clock.instant())) {
			throw new UnknownRecord("notifications.delivery.failed.unknown", id);
		}
		audit.access(AuditAction.UPDATE, "notifications", RecordReference.of("NotificationDelivery", id),
				Sentence.of("audit.detail.delivery.queued-again"));
		wakeup.afterCommit();
		return "redirect:" + NotificationRoutes.DELIVERIES + "?failures=true&retried";
	}

	private DeliveriesView.Row row(DeliveryRecord d, Map<UUID, String> usernames) {
		String recipient = d.accountId() == null ? null : usernames.computeIfAbsent(d.accountId(),
				account -> staff.contact(account).map(StaffContact::username).orElse(account.toString()));
		return new DeliveriesView.Row(d.id().toString(), d.createdAt(), recipient,
				d.officerId() == null ? null : d.officerId().toString(), d.cause(), d.channel().name(), d.endpoint(),
				d.state().name(), d.attempts(), d.lastError(),
				d.state() == DeliveryState.QUEUED ? d.nextAttemptAt() : null,
				d.retryable());
	}
}
