package org.leoprotocol.evidence.bodycamera;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.InvalidInput;
import org.leoprotocol.shared.UnknownRecord;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Body-camera assignments over JSON, for supervisors and command: which officer wears which device from when to when.
 * Times are UTC instants such as {@code 2026-06-13T06:00:00Z}.
 */
@RestController
@RequestMapping("/api/v1/evidence/devices")
@PreAuthorize(BodyCameraApi.ASSIGNS_CAMERAS)
class BodyCameraApi {

	static final String ASSIGNS_CAMERAS = "hasAnyRole('SUPERVISOR','COMMAND')";

	private final BodyCameras cameras;

	BodyCameraApi(BodyCameras cameras) {
		this.cameras = cameras;
	}

	@GetMapping
	List<DeviceAssignment> assignments() {
		return cameras.assignments();
	}

	@PostMapping
	ResponseEntity<DeviceAssignment> assign(@RequestBody AssignRequest request, Actor actor) {
		if (request == null) {
			throw new InvalidInput("evidence.camera.assignment.declare");
		}
		return ResponseEntity.status(HttpStatus.CREATED).body(cameras.assign(request.deviceId(), request.badgeNumber(),
				instant(request.from(), "from"), instant(request.until(), "until"), actor));
	}

	@PostMapping("/{id}/end")
	DeviceAssignment end(@PathVariable String id, @RequestBody(required = false) EndRequest request,
			Actor actor) {
		return cameras.end(uuid(id), request == null ? null : instant(request.at(), "at"), actor);
	}

	static UUID uuid(String id) {
		try {
			return UUID.fromString(id);
		}
		catch (IllegalArgumentException ex) {
			throw new UnknownRecord("evidence.camera.assignment.unknown", id);
		}
	}

	private static Instant instant(String value, String field) {
		try {
			return value == null || value.isBlank() ? null : Instant.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidInput("evidence.camera.time", field, value);
		}
	}

	/** An assignment as a client asks for it; {@code from} defaults to now, {@code until} to open-ended. */
	record AssignRequest(String deviceId, String badgeNumber, String from, String until) {
	}

	/** The end of an assignment; {@code at} defaults to now. */
	record EndRequest(String at) {
	}
}
