package org.crossforce.reference.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.crossforce.reference.Force;
import org.crossforce.reference.Forces;
import org.crossforce.reference.Workforce;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

@Controller
class ForcePages {

	private final Forces forces;

	ForcePages(Forces forces) {
		this.forces = forces;
	}

	/** A force with its neighbours, by name. */
	record Listing(Force force, List<Force> neighbours) {
	}

	/** One line of the workforce table: the message key of its label, and the figure (null when unpublished). */
	record Figure(String label, Number value, boolean headcount) {
	}

	@GetMapping("/forces")
	String list(Model model) {
		Map<String, List<Listing>> regions = territorialByName().stream()
			.map(force -> new Listing(force, forces.neighboursOf(force.code())))
			.collect(Collectors.groupingBy(listing -> listing.force().region(), TreeMap::new, Collectors.toList()));
		model.addAttribute("regions", regions);
		model.addAttribute("nationalForces", national());
		return "reference/forces";
	}

	@GetMapping("/forces/map")
	String map(Model model) {
		model.addAttribute("map", forces.map());
		model.addAttribute("territorialForces", territorialByName());
		model.addAttribute("nationalForces", national());
		return "reference/map";
	}

	@GetMapping("/forces/{code}")
	String force(@PathVariable String code, Model model) {
		Force force = forces.find(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("force", force);
		model.addAttribute("neighbours", forces.neighboursOf(code));
		model.addAttribute("figures", force.workforce() == null ? List.of() : figures(force.workforce()));
		return "reference/force";
	}

	private static List<Figure> figures(Workforce w) {
		return List.of(new Figure("reference.workforce.officers", w.officersFte(), false),
				new Figure("reference.workforce.staff", w.policeStaffFte(), false),
				new Figure("reference.workforce.designated", w.designatedOfficersFte(), false),
				new Figure("reference.workforce.staffPlusDesignated", w.staffPlusDesignatedFte(), false),
				new Figure("reference.workforce.pcso", w.pcsoFte(), false),
				new Figure("reference.workforce.total", w.totalFte(), false),
				new Figure("reference.workforce.specials", w.specialConstablesHeadcount(), true));
	}

	private List<Force> territorialByName() {
		return forces.all()
			.stream()
			.filter(Force::isTerritorial)
			.sorted(Comparator.comparing(Force::name))
			.toList();
	}

	private List<Force> national() {
		return forces.all().stream().filter(force -> !force.isTerritorial()).toList();
	}

}
