package org.crossforce.reports.internal;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.crossforce.reports.Accused;
import org.crossforce.reports.AccusedRole;
import org.crossforce.reports.Consent;
import org.crossforce.reports.Contact;
import org.crossforce.reports.EvidenceFile;
import org.crossforce.reports.NewReport;
import org.crossforce.reports.Victim;

/**
 * The answers of one reporting journey, held in the HTTP session until the report is sent (then removed), the
 * reporter leaves through "Exit this page" (the session ends), or the session times out. Nothing here ever goes into
 * a URL. Each page's answer is its form object, kept once it is valid.
 * <p>
 * Deliberately not {@link java.io.Serializable}: the answers must never be written to disk or to a shared session
 * store in clear, so a configuration that tried would fail rather than leak.
 */
final class ReportAnswers {

	private static final char[] TOKEN_ALPHABET = "abcdefghjkmnpqrstvwxyz0123456789".toCharArray();

	private final Map<Question, Object> forms = new EnumMap<>(Question.class);

	private final List<EvidenceFile> evidence = new ArrayList<>();

	/** Random per-session names for the force areas on the map, so a chosen area never shows in a URL. */
	private final Map<String, String> mapTokens = new HashMap<>();

	private final SecureRandom random = new SecureRandom();

	private boolean reviewing;

	private String policeEmailWarnedOf;

	boolean has(Question question) {
		return forms.containsKey(question);
	}

	/** The answer to a question, or null when it has not been answered. */
	<T> T form(Question question, Class<T> type) {
		return type.cast(forms.get(question));
	}

	/** The answer to show on a question's page: the one given before, or an empty form. */
	<T> T formOr(Question question, Class<T> type, Supplier<T> empty) {
		return Optional.ofNullable(form(question, type)).orElseGet(empty);
	}

	void put(Question question, Object form) {
		forms.put(question, form);
	}

	List<EvidenceFile> evidence() {
		return evidence;
	}

	/** From "check your answers" on, each answer leads back there. */
	boolean reviewing() {
		return reviewing;
	}

	void startReviewing() {
		reviewing = true;
	}

	boolean victimGivesName() {
		var about = form(Question.ABOUT_YOU, ContactQuestions.AboutYouForm.class);
		return about != null && Boolean.TRUE.equals(about.getGiveName());
	}

	boolean contactOutsideTheService() {
		var contact = form(Question.CONTACT, ContactQuestions.ContactForm.class);
		return contact != null && contact.getChannel() != null && contact.getChannel() != Contact.ContactChannel.NONE;
	}

	/** The police email address the reporter has already been warned about, so the warning stops them once only. */
	String policeEmailWarnedOf() {
		return policeEmailWarnedOf;
	}

	void policeEmailWarned(String email) {
		policeEmailWarnedOf = email;
	}

	/** The token standing for a force area on this session's map. */
	String mapToken(String forceCode) {
		for (var entry : mapTokens.entrySet()) {
			if (entry.getValue().equals(forceCode)) {
				return entry.getKey();
			}
		}
		String token;
		do {
			token = randomToken();
		}
		while (mapTokens.containsKey(token));
		mapTokens.put(token, forceCode);
		return token;
	}

	Optional<String> forceOnMap(String token) {
		return Optional.ofNullable(mapTokens.get(token));
	}

	/** The report the answers make. Call only once every question that applies has been answered. */
	NewReport toReport(JourneyMode mode) {
		var name = form(Question.ACCUSED_NAME, AccusedQuestions.NameForm.class);
		var role = form(Question.ACCUSED_ROLE, AccusedQuestions.RoleForm.class);
		Accused accused = new Accused(name.getGivenNames().trim(), name.getFamilyName().trim(),
				form(Question.ACCUSED_FORCE, AccusedQuestions.ForceForm.class).getForce(), role.getRole(),
				role.getRole() == AccusedRole.OFFICER ? blankToNull(role.getRank()) : null,
				blankToNull(form(Question.ACCUSED_NUMBER, AccusedQuestions.NumberForm.class).getIdentifier()),
				form(Question.PREVIOUS_FORCES, AccusedQuestions.PreviousForcesForm.class).chosen());
		var when = form(Question.WHEN, IncidentQuestions.WhenForm.class);
		var given = mode == JourneyMode.ADVOCATE ? form(Question.CONSENT_GIVEN, AdvocateConsentPage.ConsentGivenForm.class)
				: null;
		Consent consent = new Consent(form(Question.CONSENT_SHARING, ConsentQuestions.SharingForm.class).getShare(),
				form(Question.CONSENT_STATISTICS, ConsentQuestions.StatisticsForm.class).getAnonymisedUse(),
				given == null ? null : given.getHow(), given == null ? null : given.on());
		return new NewReport(accused, victim(),
				form(Question.RELATIONSHIP, IncidentQuestions.RelationshipForm.class).getRelationship(),
				form(Question.ABUSE_KINDS, IncidentQuestions.AbuseKindsForm.class).getKinds(),
				form(Question.WHERE, IncidentQuestions.WhereForm.class).getForce(), when.from(), when.to(),
				form(Question.ACCOUNT, IncidentQuestions.AccountForm.class).getNarrative(),
				form(Question.SAFETY, SafetyQuestions.SafetyForm.class).indicators(), consent, List.copyOf(evidence));
	}

	/**
	 * The victim: named, or anonymous but serving with the police (so their force is excluded), or null for an
	 * anonymous report by someone who does not.
	 */
	private Victim victim() {
		var serving = form(Question.SERVING, SafetyQuestions.ServingForm.class);
		String force = Boolean.TRUE.equals(serving.getServes()) ? serving.getForce() : null;
		if (!victimGivesName()) {
			return force == null ? null : Victim.anonymousServingWith(force);
		}
		var about = form(Question.ABOUT_YOU, ContactQuestions.AboutYouForm.class);
		return new Victim(about.getGivenNames().trim(), about.getFamilyName().trim(), force, contact());
	}

	private Contact contact() {
		if (!contactOutsideTheService()) {
			return Contact.NONE;
		}
		var contact = form(Question.CONTACT, ContactQuestions.ContactForm.class);
		var times = form(Question.CONTACT_TIMES, ContactQuestions.ContactTimesForm.class);
		return new Contact(contact.getChannel(),
				contact.getChannel() == Contact.ContactChannel.EMAIL ? contact.getEmail().trim() : null,
				contact.getChannel() == Contact.ContactChannel.PHONE ? contact.getPhone().trim() : null,
				blankToNull(times.getSafeTimes()), Boolean.TRUE.equals(times.getLeaveMessages()));
	}

	private String randomToken() {
		char[] chars = new char[6];
		for (int i = 0; i < chars.length; i++) {
			chars[i] = TOKEN_ALPHABET[random.nextInt(TOKEN_ALPHABET.length)];
		}
		return new String(chars);
	}

	static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

}
