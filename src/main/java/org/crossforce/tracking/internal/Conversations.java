package org.crossforce.tracking.internal;

import java.util.List;

import org.crossforce.audit.AuditLog;
import org.crossforce.cases.CaseAccessPolicy;
import org.crossforce.cases.CaseFiles;
import org.crossforce.cases.CaseParties;
import org.crossforce.cases.CaseResource;
import org.crossforce.identity.Role;
import org.crossforce.identity.SignedInUser;
import org.crossforce.identity.StaffDirectory;
import org.crossforce.notifications.Notifications;
import org.crossforce.notifications.StaffNotice;
import org.crossforce.notifications.VictimPrompt;
import org.crossforce.reports.EvidenceFile;
import org.crossforce.reports.VictimChanges;
import org.crossforce.tracking.internal.SecureMessages.Message;
import org.crossforce.tracking.internal.SecureMessages.Party;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * Secure messages as each side reaches them. The victim's view reaches only its own case, and its reads are
 * audited with the victim as the actor; staff reach a case's messages only through {@link CaseFiles}, so the access
 * policy decides ({@link CaseResource#MESSAGES}) and every read and refusal is audited. Whoever writes, the others
 * who may read are prompted, by a notification that names no case.
 */
@Service
class Conversations {

	private final SecureMessages messages;

	private final CaseFiles cases;

	private final CaseAccessPolicy policy;

	private final StaffDirectory staff;

	private final Notifications notifications;

	private final AuditLog audit;

	private final MessageSource text;

	Conversations(SecureMessages messages, CaseFiles cases, CaseAccessPolicy policy, StaffDirectory staff,
			Notifications notifications, AuditLog audit, MessageSource text) {
		this.messages = messages;
		this.cases = cases;
		this.policy = policy;
		this.staff = staff;
		this.notifications = notifications;
		this.audit = audit;
		this.text = text;
	}

	/**
	 * Who, besides the victim, may read the case's messages now, as the policy decides it.
	 *
	 * @param investigatingForce the investigating force's code, or null before allocation
	 * @param forceMayRead whether it may read them (the victim agreed to share their details with it)
	 * @param advocateOrganisation the organisation of the advocate who recorded the report, or null
	 * @param iopc whether the case is referred to the IOPC, which may then read everything in it
	 */
	record Readers(String investigatingForce, boolean forceMayRead, String advocateOrganisation, boolean iopc) {
	}

	Readers readers(String reference) {
		CaseParties parties = cases.parties(reference).orElseThrow();
		String advocates = parties.referringOrganisation() != null
				&& !staff.withRole(parties.referringOrganisation(), Role.ADVOCATE).isEmpty()
						? parties.referringOrganisation() : null;
		return new Readers(parties.investigatingForce(),
				parties.investigatingForce() != null && parties.victimConsentsToShare(), advocates,
				parties.referredToIopc());
	}

	/** Not read-only: the read is audited. */
	@Transactional
	List<Message> forVictim(String reference) {
		audit.record(VictimChanges.VICTIM, "case.read", "case " + reference,
				"resource=MESSAGES, relation=VICTIM, purpose=victim's view");
		return messages.thread(reference);
	}

	@Transactional
	Message fromVictim(String reference, String body) {
		Message message = messages.send(reference, Party.VICTIM, null, body);
		audit.record(VictimChanges.VICTIM, "case.message.sent", "case " + reference, "party=VICTIM");
		Readers readers = readers(reference);
		if (readers.forceMayRead()) {
			notifications.notifyOrganisation(readers.investigatingForce(), Role.PROFESSIONAL_STANDARDS,
					StaffNotice.NEW_MESSAGE);
		}
		if (readers.advocateOrganisation() != null) {
			notifications.notifyOrganisation(readers.advocateOrganisation(), Role.ADVOCATE, StaffNotice.NEW_MESSAGE);
		}
		return message;
	}

	/** Not read-only: the read is audited. */
	@Transactional
	List<Message> forStaff(SignedInUser user, String reference, String purpose) {
		return cases.read(user, reference, CaseResource.MESSAGES, purpose, () -> messages.thread(reference));
	}

	/**
	 * Sends a message as the investigating force or the advocate who recorded the report. Others whom the policy
	 * lets read the messages (the IOPC on a referred case) may not write in the victim's conversation.
	 */
	@Transactional
	Message fromStaff(SignedInUser user, String reference, String body, String purpose) {
		String checked = SecureMessages.checked(body);
		return cases.read(user, reference, CaseResource.MESSAGES, purpose, () -> {
			CaseParties parties = cases.parties(reference).orElseThrow();
			Party party = switch (policy.relationOf(user, parties)) {
				case INVESTIGATING_FORCE -> Party.INVESTIGATING_FORCE;
				case REFERRING_ORGANISATION -> Party.ADVOCATE;
				default -> throw new ResponseStatusException(HttpStatus.FORBIDDEN,
						text.getMessage("track.staff.error.cannotWrite", null, LocaleContextHolder.getLocale()));
			};
			Message message = messages.send(reference, party, user.getUsername(), checked);
			audit.record(user.getUsername(), "case.message.sent", "case " + reference, "party=" + party);
			notifications.promptVictim(reference, VictimPrompt.NEW_MESSAGE);
			Readers readers = readers(reference);
			if (party == Party.INVESTIGATING_FORCE && readers.advocateOrganisation() != null) {
				notifications.notifyOrganisation(readers.advocateOrganisation(), Role.ADVOCATE, StaffNotice.NEW_MESSAGE);
			}
			if (party == Party.ADVOCATE && readers.forceMayRead()) {
				notifications.notifyOrganisation(readers.investigatingForce(), Role.PROFESSIONAL_STANDARDS,
						StaffNotice.NEW_MESSAGE);
			}
			return message;
		});
	}

	/** Adds what the victim sent to their report, and prompts those who may read it, in one transaction. */
	@Transactional
	void informationAdded(VictimChanges changes, String reference, String text, EvidenceFile file) {
		changes.addInformation(reference, text, file);
		Readers readers = readers(reference);
		if (readers.forceMayRead()) {
			notifications.notifyOrganisation(readers.investigatingForce(), Role.PROFESSIONAL_STANDARDS,
					StaffNotice.NEW_MESSAGE);
		}
		if (readers.advocateOrganisation() != null) {
			notifications.notifyOrganisation(readers.advocateOrganisation(), Role.ADVOCATE, StaffNotice.NEW_MESSAGE);
		}
	}

}
