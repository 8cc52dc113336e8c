package org.crossforce.foi.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.crossforce.foi.FoiClock;
import org.crossforce.foi.FoiState;
import org.crossforce.foi.RequestStep;
import org.crossforce.foi.internal.FoiRecords.Authority;
import org.crossforce.foi.internal.FoiRecords.Campaign;
import org.crossforce.foi.internal.FoiRecords.FoiRequest;
import org.crossforce.identity.SignedInUser;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The compliance table for a user: every request sent by the campaigns they may read (published campaigns send none),
 * each read by the FOI clock today, then counted per authority by {@link ComplianceTable}.
 */
@Component
class ComplianceReport {

	private final FoiRecords records;

	private final FoiAccess access;

	private final FoiClock foiClock;

	private final Clock clock;

	ComplianceReport(FoiRecords records, FoiAccess access, FoiClock foiClock, Clock clock) {
		this.records = records;
		this.access = access;
		this.foiClock = foiClock;
		this.clock = clock;
	}

	/** The campaigns covered, by title, and one row an authority. */
	record Report(List<String> campaigns, List<ComplianceTable.Row> rows) {
	}

	@Transactional(readOnly = true)
	Report of(SignedInUser user) {
		List<Campaign> campaigns = records.campaigns()
			.stream()
			.filter(campaign -> !campaign.published() && access.mayRead(user, campaign))
			.toList();
		Map<String, Authority> authorities = records.authorities()
			.stream()
			.collect(Collectors.toMap(Authority::code, Function.identity()));
		Map<Long, List<RequestStep>> steps = records.allSteps();
		LocalDate today = LocalDate.now(clock.withZone(RequestOverview.UK));
		List<ComplianceTable.Entry> entries = new ArrayList<>();
		List<String> covered = new ArrayList<>();
		for (Campaign campaign : campaigns) {
			boolean sentAny = false;
			for (FoiRequest request : records.requestsOf(campaign.id())) {
				List<RequestStep> requestSteps = steps.getOrDefault(request.id(), List.of());
				if (request.state() == FoiState.NOT_SENT || requestSteps.isEmpty()) {
					continue;
				}
				sentAny = true;
				Authority authority = authorities.get(request.authorityCode());
				entries.add(new ComplianceTable.Entry(authority.code(), authority.name(), requestSteps,
						foiClock.read(requestSteps, today)));
			}
			if (sentAny) {
				covered.add(campaign.title());
			}
		}
		return new Report(covered.stream().sorted().toList(), ComplianceTable.rows(entries));
	}

}
