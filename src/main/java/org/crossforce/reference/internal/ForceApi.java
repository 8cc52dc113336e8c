package org.crossforce.reference.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.crossforce.reference.Force;
import org.crossforce.reference.Forces;
import org.crossforce.reference.Workforce;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/forces")
@Tag(name = "Forces", description = "The 46 police forces, their neighbours and their workforce (open data)")
class ForceApi {

	private final Forces forces;

	private final MessageSource messages;

	ForceApi(Forces forces, MessageSource messages) {
		this.forces = forces;
		this.messages = messages;
	}

	@Schema(name = "Force")
	record ForceView(@Schema(description = "police.uk force id", example = "greater-manchester") String code,
			@Schema(example = "Greater Manchester Police") String name,
			@Schema(description = "ONS police force area code; null for the three national forces",
					example = "E23000005") String onsCode,
			@Schema(description = "ONS region, or the jurisdiction of a national force", example = "North West")
			String region,
			@Schema(description = "territorial (the 43 forces with a force area) or special_national (BTP, MOD "
					+ "Police, CNC)", allowableValues = { "territorial", "special_national" }) String kind,
			@Schema(description = "England or Wales; null for the national forces") String country,
			@Schema(description = "Codes of the forces whose areas share a land boundary with this one, computed "
					+ "from the ONS boundaries (December 2023), sorted; empty for the national forces")
			List<String> neighbours,
			@Schema(description = "Workforce at 31 March 2018; null where the Home Office published none (MOD "
					+ "Police, CNC)") WorkforceView workforce) {

		static ForceView of(Force force) {
			return new ForceView(force.code(), force.name(), force.onsCode(), force.region(), force.kind().code(),
					force.country(), force.neighbours(),
					force.workforce() == null ? null : WorkforceView.of(force.workforce()));
		}

	}

	@Schema(name = "Workforce", description = "Home Office, Police workforce, England and Wales, 30 September 2018 "
			+ "tables (31 March 2018 figures), Open Government Licence v3.0. Full-time equivalents except special "
			+ "constables; null where the tables give no figure.")
	record WorkforceView(@Schema(example = "2018-03-31") LocalDate asAt, BigDecimal officersFte,
			BigDecimal policeStaffFte, BigDecimal designatedOfficersFte,
			@Schema(description = "Police staff plus designated officers: the figure to compare forces by")
			BigDecimal staffPlusDesignatedFte, BigDecimal pcsoFte, Integer specialConstablesHeadcount,
			@Schema(description = "officersFte + staffPlusDesignatedFte + pcsoFte (special constables, as volunteers, "
					+ "are not included); null when any of the three is missing") BigDecimal totalFte) {

		static WorkforceView of(Workforce w) {
			return new WorkforceView(w.asAt(), w.officersFte(), w.policeStaffFte(), w.designatedOfficersFte(),
					w.staffPlusDesignatedFte(), w.pcsoFte(), w.specialConstablesHeadcount(), w.totalFte());
		}

	}

	@GetMapping
	@Operation(summary = "Every force: the 43 territorial forces in ONS code order, then BTP, MOD Police and CNC")
	List<ForceView> all() {
		return forces.all().stream().map(ForceView::of).toList();
	}

	@GetMapping("/{code}")
	@Operation(summary = "One force by its police.uk id")
	@ApiResponse(responseCode = "200", description = "The force")
	@ApiResponse(responseCode = "404", description = "No force has this code",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	ForceView one(@PathVariable String code) {
		return forces.find(code)
			.map(ForceView::of)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
					messages.getMessage("reference.api.notFound", new Object[] { code },
							LocaleContextHolder.getLocale())));
	}

}
