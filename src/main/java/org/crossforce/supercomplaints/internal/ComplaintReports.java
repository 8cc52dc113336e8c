package org.crossforce.supercomplaints.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.crossforce.audit.AuditLog;
import org.crossforce.identity.Role;
import org.crossforce.identity.SignedInUser;
import org.crossforce.reference.Force;
import org.crossforce.reference.Forces;
import org.crossforce.supercomplaints.Stage;
import org.crossforce.supercomplaints.internal.Complaints.Header;
import org.crossforce.web.InvalidInput;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * A super-complaint's published report, its numbered recommendations and each addressee's response.
 * <p>
 * The report and all its recommendations are recorded in one step by HMICFRS (an INSPECTOR), which is the step that
 * moves the complaint from UNDER_INVESTIGATION to REPORT_PUBLISHED. The recommendations are then fixed: they are what
 * was published, and every response refers to one of them.
 * <p>
 * "All chief constables" becomes one line per territorial force (43): they are the chief officers whose policing
 * bodies answer inspection reports, and a super-complaint is about policing in force areas. British Transport Police,
 * the Ministry of Defence Police and the Civil Nuclear Constabulary are addressed only when the report names them.
 * <p>
 * Each addressee should respond within a number of calendar days of publication (56 unless the report says
 * otherwise). A line is overdue when it has no response after its due date; that is worked out on reading, never
 * stored. The demo complaint records no responses, so its lines are never called overdue.
 */
@Component
public class ComplaintReports {

	static final ZoneId LONDON = ZoneId.of("Europe/London");

	static final int MAX_RESPONSE_DAYS = 365;

	static final int MAX_TEXT = 4000;

	static final int MAX_RESPONSE_TEXT = 8000;

	static final int MAX_RECOMMENDATIONS = 100;

	/** The bodies a recommendation may be addressed to, other than named forces and other named bodies. */
	public enum Group {

		ALL_CHIEF_CONSTABLES(null), PCCS("pccs"), COLLEGE("college"), IOPC("iopc"), HOME_OFFICE("home-office"),
		MOJ("moj");

		private final String key;

		Group(String key) {
			this.key = key;
		}

		/** The line's key, or null for the group that is expanded into one line per force. */
		public String key() {
			return key;
		}

		public String messageCode() {
			return "supercomplaints.addressee." + name();
		}

	}

	public enum Acceptance {

		ACCEPTED, PARTLY_ACCEPTED, REJECTED;

		public String messageCode() {
			return "supercomplaints.response.status." + name();
		}

	}

	public enum Progress {

		IMPLEMENTED, IN_PROGRESS, NOT_STARTED;

		public String messageCode() {
			return "supercomplaints.response.progress." + name();
		}

	}

	/** A recommendation as the report publishes it: its text and to whom it is addressed. */
	public record NewRecommendation(String text, Set<Group> groups, List<String> forces, List<String> others) {

		public NewRecommendation {
			groups = groups == null ? Set.of() : Set.copyOf(groups);
			forces = forces == null ? List.of() : forces.stream().filter(f -> f != null && !f.isBlank()).toList();
			others = others == null ? List.of() : others.stream().filter(o -> o != null && !o.isBlank()).toList();
		}

	}

	/**
	 * The report as HMICFRS records it.
	 *
	 * @param responseDays calendar days after publication for each response; null for the configured default
	 */
	public record Publication(String title, LocalDate publishedOn, String url, Integer responseDays,
			List<NewRecommendation> recommendations) {
	}

	/** A response as an addressee gave it. */
	public record ResponseEntry(Acceptance status, Progress progress, String text, LocalDate receivedOn,
			String link) {
	}

	public record Response(Acceptance status, Progress progress, String text, LocalDate receivedOn, String link,
			String recordedBy) {
	}

	/**
	 * One addressee of one recommendation.
	 *
	 * @param overdue no response after {@code due}, on a complaint that is not the demo
	 */
	public record Line(String key, String name, boolean viaAllForces, LocalDate due, Response response,
			boolean overdue) {

		public boolean answered() {
			return response != null;
		}

	}

	public record Recommendation(long id, int number, String text, boolean illustrative, List<Line> lines) {

		public long answered() {
			return lines.stream().filter(Line::answered).count();
		}

		public long overdue() {
			return lines.stream().filter(Line::overdue).count();
		}

	}

	public record Report(String title, LocalDate publishedOn, String url, int responseDays, LocalDate responsesDue,
			List<Recommendation> recommendations) {

		public Optional<Line> line(int number, String key) {
			return recommendations.stream()
				.filter(r -> r.number() == number)
				.flatMap(r -> r.lines().stream())
				.filter(l -> l.key().equals(key))
				.findFirst();
		}

	}

	private final Complaints complaints;

	private final JdbcClient jdbc;

	private final Forces forces;

	private final AuditLog audit;

	private final MessageSource messages;

	private final Clock clock;

	private final int defaultResponseDays;

	ComplaintReports(Complaints complaints, JdbcClient jdbc, Forces forces, AuditLog audit, MessageSource messages, Clock clock,
			@Value("${crossforce.supercomplaints.response-days:56}") int defaultResponseDays) {
		this.complaints = complaints;
		this.jdbc = jdbc;
		this.forces = forces;
		this.audit = audit;
		this.messages = messages;
		this.clock = clock;
		if (defaultResponseDays < 1 || defaultResponseDays > MAX_RESPONSE_DAYS) {
			throw new IllegalStateException("crossforce.supercomplaints.response-days must be 1 to "
					+ MAX_RESPONSE_DAYS + ", not " + defaultResponseDays);
		}
		this.defaultResponseDays = defaultResponseDays;
	}

	public int defaultResponseDays() {
		return defaultResponseDays;
	}

	public LocalDate today() {
		return LocalDate.now(clock.withZone(LONDON));
	}

	/** The complaint, unless it is still a draft: the only complaints anyone outside the body may see. */
	public Header publicHeader(long id) {
		return complaints.find(id)
			.filter(header -> header.stage() != Stage.DRAFT)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	public List<Header> publicList() {
		return complaints.submitted();
	}

	public List<String> forceNames(long id) {
		return complaints.forces(id).stream().map(code -> forces.find(code).map(Force::name).orElse(code)).toList();
	}

	/** The published report with every line's due date, response and overdue flag; empty until it is published. */
	public Optional<Report> report(long id) {
		Header header = complaints.find(id).orElse(null);
		if (header == null || header.stage() != Stage.REPORT_PUBLISHED || header.reportPublishedOn() == null) {
			return Optional.empty();
		}
		record Row(String reportTitle, String reportUrl, Integer responseDays) {
		}
		Row row = jdbc.sql("select report_title, report_url, response_days from super_complaint where id = ?")
			.param(id)
			.query(Row.class)
			.single();
		int days = row.responseDays() == null ? defaultResponseDays : row.responseDays();
		LocalDate due = header.reportPublishedOn().plusDays(days);
		boolean late = today().isAfter(due) && !header.demo();
		Map<Long, List<Line>> lines = new LinkedHashMap<>();
		jdbc.sql("""
				select a.recommendation_id, a.addressee_key, a.addressee_name, a.via_all_forces, r.status, r.progress,
				  r.text, r.received_on, r.link, r.recorded_by
				from super_complaint_addressee a
				join super_complaint_recommendation m on m.id = a.recommendation_id
				left join super_complaint_response r
				  on r.recommendation_id = a.recommendation_id and r.addressee_key = a.addressee_key
				where m.super_complaint_id = ?
				order by a.recommendation_id, a.position""").param(id).query((rs, n) -> {
			Response response = rs.getString("status") == null ? null
					: new Response(Acceptance.valueOf(rs.getString("status")),
							Progress.valueOf(rs.getString("progress")), rs.getString("text"),
							rs.getObject("received_on", LocalDate.class), rs.getString("link"),
							rs.getString("recorded_by"));
			lines.computeIfAbsent(rs.getLong("recommendation_id"), k -> new ArrayList<>())
				.add(new Line(rs.getString("addressee_key"), rs.getString("addressee_name"),
						rs.getBoolean("via_all_forces"), due, response, response == null && late));
			return null;
		}).list();
		List<Recommendation> recommendations = jdbc
			.sql("select id, number, text, illustrative from super_complaint_recommendation where super_complaint_id = ? order by number")
			.param(id)
			.query((rs, n) -> new Recommendation(rs.getLong("id"), rs.getInt("number"), rs.getString("text"),
					rs.getBoolean("illustrative"), lines.getOrDefault(rs.getLong("id"), List.of())))
			.list();
		return Optional.of(new Report(row.reportTitle(), header.reportPublishedOn(), row.reportUrl(), days, due,
				recommendations));
	}

	/**
	 * Records the published report and its recommendations, and moves the complaint to REPORT_PUBLISHED.
	 * @throws InvalidInput naming the field at fault, or {@code stage} when the complaint is not under investigation
	 */
	@Transactional
	public void publish(SignedInUser user, long id, Publication publication) {
		if (!user.hasRole(Role.INSPECTOR)) {
			throw new AccessDeniedException("Only HMICFRS records a super-complaint's report");
		}
		Header header = complaints.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		String title = required("title", publication.title(), 300);
		LocalDate on = publication.publishedOn();
		if (on == null) {
			throw new InvalidInput("publishedOn", "supercomplaints.report.error.date.required");
		}
		if (on.isAfter(today())) {
			throw new InvalidInput("publishedOn", "supercomplaints.report.error.date.future");
		}
		if (header.submittedOn() != null && on.isBefore(header.submittedOn())) {
			throw new InvalidInput("publishedOn", "supercomplaints.report.error.date.beforeSubmission");
		}
		String url = https("url", publication.url(), true);
		int days = publication.responseDays() == null ? defaultResponseDays : publication.responseDays();
		if (days < 1 || days > MAX_RESPONSE_DAYS) {
			throw new InvalidInput("responseDays", "supercomplaints.report.error.days", MAX_RESPONSE_DAYS);
		}
		List<NewRecommendation> recommendations = publication.recommendations() == null ? List.of()
				: publication.recommendations();
		if (recommendations.isEmpty()) {
			throw new InvalidInput("recommendations", "supercomplaints.report.error.recommendations.none");
		}
		if (recommendations.size() > MAX_RECOMMENDATIONS) {
			throw new InvalidInput("recommendations", "supercomplaints.report.error.recommendations.many",
					MAX_RECOMMENDATIONS);
		}
		List<List<String[]>> addressees = new ArrayList<>();
		for (int i = 0; i < recommendations.size(); i++) {
			NewRecommendation recommendation = recommendations.get(i);
			String field = "recommendations[" + i + "]";
			required(field + ".text", recommendation.text(), MAX_TEXT);
			addressees.add(lines(field, recommendation));
		}
		complaints.move(id, Stage.UNDER_INVESTIGATION, Stage.REPORT_PUBLISHED);
		jdbc.sql("""
				update super_complaint set report_title = ?, report_url = ?, response_days = ?,
				  report_published_on = ? where id = ?""")
			.params(title, url, days, on, id)
			.update();
		for (int i = 0; i < recommendations.size(); i++) {
			insertRecommendation(id, i + 1, recommendations.get(i).text().strip(), false, addressees.get(i));
		}
		audit.record(user.getUsername(), "supercomplaint.report.published", Drafts.subject(id),
				"published " + on + ", " + recommendations.size() + " recommendations, responses due in " + days
						+ " days");
	}

	/** Inserts a recommendation and its addressee lines, each {@code {key, name, viaAllForces}}. */
	void insertRecommendation(long complaint, int number, String text, boolean illustrative, List<String[]> lines) {
		jdbc.sql("""
				insert into super_complaint_recommendation (super_complaint_id, number, text, illustrative)
				values (?, ?, ?, ?)""").params(complaint, number, text, illustrative).update();
		long recommendation = jdbc
			.sql("select id from super_complaint_recommendation where super_complaint_id = ? and number = ?")
			.params(complaint, number)
			.query(Long.class)
			.single();
		for (int position = 0; position < lines.size(); position++) {
			String[] line = lines.get(position);
			jdbc.sql("""
					insert into super_complaint_addressee
					  (recommendation_id, addressee_key, addressee_name, position, via_all_forces)
					values (?, ?, ?, ?, ?)""")
				.params(recommendation, line[0], line[1], position, Boolean.parseBoolean(line[2]))
				.update();
		}
	}

	/** The addressee lines of one recommendation, every force and body once, in a fixed order. */
	List<String[]> lines(String field, NewRecommendation recommendation) {
		Map<String, String[]> lines = new LinkedHashMap<>();
		Set<Group> groups = recommendation.groups().isEmpty() ? EnumSet.noneOf(Group.class)
				: EnumSet.copyOf(recommendation.groups());
		for (String wanted : recommendation.forces()) {
			Force force = forces.find(wanted.strip())
				.or(() -> forces.all().stream().filter(f -> f.name().equalsIgnoreCase(wanted.strip())).findFirst())
				.orElseThrow(() -> new InvalidInput(field + ".forces", "supercomplaints.report.error.force",
						wanted.strip()));
			lines.put("force:" + force.code(), new String[] { "force:" + force.code(), force.name(), "false" });
		}
		if (groups.contains(Group.ALL_CHIEF_CONSTABLES)) {
			forces.all()
				.stream()
				.filter(Force::isTerritorial)
				.forEach(force -> lines.putIfAbsent("force:" + force.code(),
						new String[] { "force:" + force.code(), force.name(), "true" }));
		}
		for (Group group : groups) {
			if (group.key() != null) {
				lines.put(group.key(), new String[] { group.key(), text(group.messageCode()), "false" });
			}
		}
		int other = 0;
		for (String name : recommendation.others()) {
			String stripped = name.strip();
			if (stripped.length() > 200) {
				throw new InvalidInput(field + ".others", "supercomplaints.report.error.other.long", 200);
			}
			other++;
			lines.put("other:" + other, new String[] { "other:" + other, stripped, "false" });
		}
		if (lines.isEmpty()) {
			throw new InvalidInput(field + ".addressees", "supercomplaints.report.error.addressees");
		}
		return new ArrayList<>(lines.values());
	}

	/** Whether this user may record the response of this line. */
	public boolean mayRecord(SignedInUser user, Line line) {
		if (user.hasRole(Role.INSPECTOR)) {
			return true;
		}
		if (user.hasRole(Role.COLLEGE) && "college".equals(line.key())) {
			return true;
		}
		if (user.hasRole(Role.IOPC) && "iopc".equals(line.key())) {
			return true;
		}
		String force = user.organisation() == null ? null : user.organisation().forceCode();
		return user.hasRole(Role.PROFESSIONAL_STANDARDS) && force != null && line.key().equals("force:" + force);
	}

	public boolean mayRecordAny(SignedInUser user) {
		return user.hasRole(Role.INSPECTOR) || user.hasRole(Role.COLLEGE) || user.hasRole(Role.IOPC)
				|| user.hasRole(Role.PROFESSIONAL_STANDARDS);
	}

	/**
	 * Records (or replaces) one addressee's response to one recommendation.
	 * @throws InvalidInput naming the field at fault, or {@code stage} when no report is published
	 */
	@Transactional
	public void respond(SignedInUser user, long id, int number, String key, ResponseEntry entry) {
		if (!mayRecordAny(user)) {
			throw new AccessDeniedException("Not a responder");
		}
		Header header = complaints.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (header.stage() != Stage.REPORT_PUBLISHED) {
			throw new InvalidInput("stage", "supercomplaints.response.error.stage");
		}
		if (header.demo()) {
			throw new InvalidInput("stage", "supercomplaints.response.error.demo");
		}
		Report report = report(id).orElseThrow();
		Recommendation recommendation = report.recommendations()
			.stream()
			.filter(r -> r.number() == number)
			.findFirst()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		Line line = recommendation.lines()
			.stream()
			.filter(l -> l.key().equals(key))
			.findFirst()
			.orElseThrow(() -> new InvalidInput("addressee", "supercomplaints.response.error.addressee"));
		if (!mayRecord(user, line)) {
			throw new AccessDeniedException("Not this addressee's responder");
		}
		if (entry.status() == null) {
			throw new InvalidInput("status", "supercomplaints.response.error.status");
		}
		if (entry.progress() == null) {
			throw new InvalidInput("progress", "supercomplaints.response.error.progress");
		}
		String text = required("text", entry.text(), MAX_RESPONSE_TEXT);
		LocalDate received = entry.receivedOn();
		if (received == null) {
			throw new InvalidInput("receivedOn", "supercomplaints.response.error.date.required");
		}
		if (received.isAfter(today())) {
			throw new InvalidInput("receivedOn", "supercomplaints.response.error.date.future");
		}
		if (received.isBefore(report.publishedOn())) {
			throw new InvalidInput("receivedOn", "supercomplaints.response.error.date.beforePublication");
		}
		String link = https("link", entry.link(), false);
		jdbc.sql("delete from super_complaint_response where recommendation_id = ? and addressee_key = ?")
			.params(recommendation.id(), key)
			.update();
		jdbc.sql("""
				insert into super_complaint_response (recommendation_id, addressee_key, status, progress, text,
				  received_on, link, recorded_by, recorded_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(recommendation.id(), key, entry.status().name(), entry.progress().name(), text, received, link,
					user.getUsername(), java.sql.Timestamp.from(clock.instant()))
			.update();
		audit.record(user.getUsername(), "supercomplaint.response.recorded", Drafts.subject(id),
				"recommendation " + number + ", " + key + ": " + entry.status() + ", " + entry.progress()
						+ ", received " + received);
	}

	private static String required(String field, String value, int longest) {
		if (value == null || value.isBlank()) {
			throw new InvalidInput(field, "supercomplaints.report.error.required");
		}
		if (value.strip().length() > longest) {
			throw new InvalidInput(field, "supercomplaints.report.error.long", longest);
		}
		return value.strip();
	}

	/** An absolute https address, or null when it may be left out and was. */
	static String https(String field, String value, boolean needed) {
		if (value == null || value.isBlank()) {
			if (needed) {
				throw new InvalidInput(field, "supercomplaints.report.error.url.required");
			}
			return null;
		}
		String stripped = value.strip();
		try {
			URI uri = new URI(stripped);
			if (stripped.length() > 2000 || !"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null
					|| uri.getHost().isBlank() || uri.getUserInfo() != null) {
				throw new InvalidInput(field, "supercomplaints.report.error.url");
			}
		}
		catch (URISyntaxException notAnAddress) {
			throw new InvalidInput(field, "supercomplaints.report.error.url");
		}
		return stripped;
	}

	private String text(String code) {
		return messages.getMessage(code, null, Locale.UK);
	}

}
