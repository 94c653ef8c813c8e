package org.leoprotocol.transparency.policy;

import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.AgencyTime;
import org.leoprotocol.transparency.rebuild.RebuildJobs;
import org.leoprotocol.transparency.rebuild.RebuildStep;
import org.leoprotocol.transparency.web.RebuildView;
import org.leoprotocol.transparency.web.TransparencyRoutes;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Starts a rebuild of the read models and shows its progress: a button on the staff policy page (with a progress
 * fragment that htmx refreshes every second) and {@code POST /api/v1/transparency/rebuild}. Command staff and
 * administrators only; each start is audited.
 */
@Controller
@PreAuthorize(PolicyController.MAY_CHANGE_POLICY)
class RebuildController {

	private final AgencyTime time;
	private final RebuildJobs jobs;

	RebuildController(RebuildJobs jobs, AgencyTime time) {
		this.time = time;
		this.jobs = jobs;
	}

	@PostMapping(TransparencyRoutes.REBUILD_API)
	@ResponseBody
	@ResponseStatus(HttpStatus.ACCEPTED)
	RebuildJobs.Status startFromApi(Actor actor) {
		return jobs.start(actor);
	}

	@GetMapping(TransparencyRoutes.REBUILD_API)
	@ResponseBody
	RebuildJobs.Status statusForApi() {
		return jobs.status();
	}

	/** Started from the page: htmx swaps in the progress; without JavaScript the policy page shows it. */
	@PostMapping(TransparencyRoutes.REBUILD)
	String start(Actor actor, @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		jobs.start(actor);
		return htmx == null ? "redirect:" + TransparencyRoutes.POLICY : progress(model);
	}

	@GetMapping(TransparencyRoutes.REBUILD)
	String progress(Model model) {
		model.addAttribute("rebuild", view(jobs.status(), time));
		return "transparency/rebuild-progress";
	}

	public static RebuildView view(RebuildJobs.Status status, AgencyTime time) {
		return new RebuildView(status.running(),
				"transparency.rebuild.step." + (status.step() == null ? RebuildStep.STARTING : status.step()),
				status.replayed(), time.stampSeconds(status.startedAt()), time.stampSeconds(status.finishedAt()),
				status.failure() == null ? "" : status.failure(), status.step() == RebuildStep.INTERRUPTED,
				TransparencyRoutes.REBUILD);
	}

}
