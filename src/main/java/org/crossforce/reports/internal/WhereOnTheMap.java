package org.crossforce.reports.internal;

import java.util.List;

import org.crossforce.reference.Force;
import org.crossforce.reference.ForceOutline;
import org.crossforce.reference.Forces;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Choosing where it happened from the map of force areas, as an alternative to the list. Each area is a plain link,
 * so it works without JavaScript; the link carries a random token this session maps to the force, not the force's
 * code, so the chosen area does not show in the browser's history.
 */
@Controller
@RequestMapping({ "/report", "/advocate/report" })
class WhereOnTheMap {

	private final Forces forces;

	WhereOnTheMap(Forces forces) {
		this.forces = forces;
	}

	/** A force area as the map draws it, with the link that chooses it. */
	record Area(String name, String svgPath, String href) {
	}

	@GetMapping("/where/map")
	String map(Journey journey, Model model) {
		ReportAnswers answers = journey.answers();
		model.addAttribute("viewBox", forces.map().viewBox());
		model.addAttribute("areas", forces.map()
			.outlines()
			.stream()
			.map(outline -> area(journey, outline))
			.toList());
		List<Force> territorial = AccusedQuestions.byName(forces.all().stream().filter(Force::isTerritorial).toList());
		model.addAttribute("listed", territorial.stream()
			.map(force -> new Area(force.name(), null, href(journey, answers.mapToken(force.code()))))
			.toList());
		return journey.page("report/where-map", journey.path(Question.WHERE), model, false);
	}

	@GetMapping("/where/map/{token}")
	String choose(Journey journey, @PathVariable String token) {
		return journey.answers().forceOnMap(token).map(force -> {
			IncidentQuestions.WhereForm form = new IncidentQuestions.WhereForm();
			form.setForce(force);
			return journey.answered(Question.WHERE, form);
		}).orElse("redirect:" + journey.path(Question.WHERE) + "/map");
	}

	private Area area(Journey journey, ForceOutline outline) {
		return new Area(outline.name(), outline.svgPath(), href(journey, journey.answers().mapToken(outline.code())));
	}

	private static String href(Journey journey, String token) {
		return journey.path(Question.WHERE) + "/map/" + token;
	}

}
