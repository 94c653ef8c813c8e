package org.leoprotocol.training;

import java.util.List;
import java.util.UUID;

import org.leoprotocol.shared.Actor;
import org.leoprotocol.training.web.TrainingRoutes;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The training API: modules, an officer's own acknowledgement, and compliance by chain of command. */
@RestController
class TrainingApi {

	private final Training training;

	TrainingApi(Training training) {
		this.training = training;
	}

	@GetMapping(TrainingRoutes.API + "/modules")
	List<TrainingModule> modules() {
		return training.modules();
	}

	@PostMapping(TrainingRoutes.API + "/modules")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize(TrainingController.CREATORS)
	TrainingModule create(@RequestBody NewTrainingModule request, Actor actor) {
		return training.create(request, actor);
	}

	/** The signed-in officer's modules with their acknowledgement dates. */
	@GetMapping(TrainingRoutes.API + "/mine")
	List<OfficerTraining> mine(Actor actor) {
		return training.mine(actor);
	}

	@PostMapping(TrainingRoutes.API + "/modules/{id}/acknowledgement")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void acknowledge(@PathVariable UUID id, Actor actor) {
		training.acknowledge(id, actor);
	}

	@GetMapping(TrainingRoutes.API + "/modules/{id}/compliance")
	@PreAuthorize(TrainingController.COMPLIANCE_READERS)
	Compliance compliance(@PathVariable UUID id, Actor actor) {
		return training.compliance(id, actor);
	}

}
