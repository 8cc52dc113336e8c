package org.crossforce.supercomplaints.internal;

import java.util.List;

import org.crossforce.identity.SignedInUser;
import org.crossforce.supercomplaints.internal.Complaints.Header;
import org.crossforce.supercomplaints.internal.EvidenceStore.Item;

import org.springframework.stereotype.Component;

/**
 * What a user is shown of super-complaints. The body's own users see every version; the assessors see only
 * complaints past their draft, and only the version that was submitted.
 */
@Component
class SuperComplaintViews {

	/** A complaint as shown: the version chosen (or the default one), its evidence and the version history. */
	record Shown(Header header, Drafts.Version version, List<Item> evidence, List<Drafts.Version> versions,
			Integer submittedVersion, List<String> forceNames) {
	}

	private final Complaints complaints;

	private final Drafts drafts;

	private final Assessments assessments;

	private final ComplaintAccess access;

	SuperComplaintViews(Complaints complaints, Drafts drafts, Assessments assessments, ComplaintAccess access) {
		this.complaints = complaints;
		this.drafts = drafts;
		this.assessments = assessments;
		this.access = access;
	}

	List<Header> readable(SignedInUser user) {
		if (ComplaintAccess.isAssessor(user)) {
			return complaints.submitted();
		}
		return drafts.ofBody(user.organisation().code());
	}

	/** @param number a version to show, or null for the submitted version (assessors) or the latest (the body) */
	Shown shown(SignedInUser user, long id, Integer number) {
		Header header = complaints.find(id).orElseThrow(ComplaintAccess::notFound);
		access.requireReader(user, header);
		Integer submitted = assessments.submittedVersion(id).orElse(null);
		boolean body = !ComplaintAccess.isAssessor(user);
		Drafts.Version version;
		if (number != null) {
			if (!body && !number.equals(submitted)) {
				throw ComplaintAccess.notFound();
			}
			version = drafts.version(id, number).orElseThrow(ComplaintAccess::notFound);
		}
		else if (!body || submitted != null) {
			version = drafts.version(id, submitted).orElseThrow();
		}
		else {
			version = drafts.latest(id).orElseThrow();
		}
		List<Drafts.Version> versions = drafts.versions(id)
			.stream()
			.filter(v -> body || v.number() == submitted)
			.toList();
		return new Shown(header, version, drafts.evidenceOf(version), versions, submitted,
				drafts.forceNames(version.text()));
	}

}
