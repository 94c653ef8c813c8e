package org.leoprotocol.evidence.bodycamera;

import java.util.Locale;
import java.util.function.Supplier;

import org.leoprotocol.evidence.web.DevicesView;
import org.leoprotocol.evidence.web.EvidenceRoutes;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.AgencyTime;
import org.leoprotocol.shared.InvalidInput;
import org.leoprotocol.shared.WrongState;
import org.leoprotocol.shared.web.Refusals;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The body-camera assignments page for supervisors and command: who wears which device, from when to when, with forms
 * to assign a device and to end an assignment. Times are entered and shown in the agency's time zone.
 */
@Controller
@PreAuthorize(BodyCameraApi.ASSIGNS_CAMERAS)
class BodyCameraController {

	private final BodyCameras cameras;
	private final AgencyTime time;
	private final MessageSource messages;
	private final Refusals refusals;

	BodyCameraController(BodyCameras cameras, AgencyTime time, MessageSource messages, Refusals refusals) {
		this.cameras = cameras;
		this.time = time;
		this.messages = messages;
		this.refusals = refusals;
	}

	@GetMapping(EvidenceRoutes.DEVICES)
	String devices(Model model) {
		model.addAttribute("view", new DevicesView(cameras.assignments().stream()
			.map(a -> new DevicesView.DeviceRow(a.id().toString(), a.deviceId(),
					a.badgeNumber() == null ? "" : a.badgeNumber(),
					a.officerName() == null ? "" : a.officerName(), a.from(), a.until(), a.recordedBy(),
					a.endedBy() == null ? "" : a.endedBy()))
			.toList(), (String) model.getAttribute("notice"), (String) model.getAttribute("problem")));
		return "evidence/devices";
	}

	@PostMapping(EvidenceRoutes.DEVICES)
	String assign(@RequestParam(required = false) String deviceId, @RequestParam(required = false) String badgeNumber,
			@RequestParam(required = false) String from, @RequestParam(required = false) String until,
			Actor actor,
			Locale locale, RedirectAttributes redirect) {
		return change(redirect, locale, "footage.devices.assigned", () -> cameras.assign(deviceId, badgeNumber,
				time(from), time(until), actor));
	}

	@PostMapping(EvidenceRoutes.DEVICES + "/{id}/end")
	String end(@PathVariable String id, @RequestParam(required = false) String at, Actor actor, Locale locale,
			RedirectAttributes redirect) {
		return change(redirect, locale, "footage.devices.ended",
				() -> cameras.end(BodyCameraApi.uuid(id), time(at), actor));
	}

	private java.time.Instant time(String value) {
		java.time.Instant instant = time.parse(value);
		if (instant == null && value != null && !value.isBlank()) {
			throw new AssignmentRefused("footage.error.time", value);
		}
		return instant;
	}

	private String change(RedirectAttributes redirect, Locale locale, String done,
			Supplier<DeviceAssignment> change) {
		try {
			DeviceAssignment a = change.get();
			redirect.addFlashAttribute("notice",
					messages.getMessage(done, new Object[] { a.deviceId(), a.badgeNumber() }, locale));
		}
		catch (InvalidInput | WrongState refused) {
			redirect.addFlashAttribute("problem", refusals.said(refused, locale));
		}
		return "redirect:" + EvidenceRoutes.DEVICES;
	}
}
