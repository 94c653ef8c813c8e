package org.leoprotocol.complaints.intake;

import jakarta.servlet.http.HttpServletRequest;

import org.leoprotocol.complaints.Acknowledgement;
import org.leoprotocol.complaints.ComplaintIntake;
import org.leoprotocol.complaints.PublicStatus;
import org.leoprotocol.complaints.Submission;
import org.leoprotocol.complaints.TrackingSecrets;
import org.leoprotocol.complaints.intake.IntakeThrottle.Purpose;
import org.leoprotocol.shared.InvalidInput;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Public intake over JSON, without login: file a complaint or commendation (with an {@code Idempotency-Key} header so
 * that a retried request is stored once), and look up its status with code and key in the body. The problems of a
 * refused submission ({@link org.leoprotocol.complaints.RejectedSubmission}, answered 422 by the one mapping of
 * refusals) are in the language of {@code Accept-Language} (English or Spanish), each under its field's name.
 */
@RestController
@RequestMapping("/api/v1/public/complaints")
class PublicComplaintApi {

	private final ComplaintIntake intake;
	private final IntakeThrottle throttle;

	PublicComplaintApi(ComplaintIntake intake, IntakeThrottle throttle) {
		this.intake = intake;
		this.throttle = throttle;
	}

	@PostMapping
	ResponseEntity<Acknowledgement> file(@RequestBody Submission submission,
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
			HttpServletRequest request) {
		if (submission == null) {
			throw new InvalidInput("complaints.refused.noJson");
		}
		TrackingSecrets.checkIdempotencyKey(idempotencyKey);
		throttle.take(Purpose.SUBMIT, request.getRemoteAddr());
		Acknowledgement receipt = intake.file(submission, idempotencyKey);
		return ResponseEntity.status(receipt.repeated() ? HttpStatus.OK : HttpStatus.CREATED)
			.cacheControl(CacheControl.noStore())
			.body(receipt);
	}

	@PostMapping("/status")
	ResponseEntity<PublicStatus> status(@RequestBody StatusRequest lookup, HttpServletRequest request) {
		throttle.take(Purpose.LOOKUP, request.getRemoteAddr());
		return ResponseEntity.ok().cacheControl(CacheControl.noStore())
			.body(intake.status(lookup.trackingCode(), lookup.accessKey()));
	}

	/** A status lookup: the tracking code and the access key from the acknowledgement. */
	record StatusRequest(String trackingCode, String accessKey) {
	}
}
