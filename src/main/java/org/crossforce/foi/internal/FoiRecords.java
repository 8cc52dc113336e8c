package org.crossforce.foi.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.crossforce.foi.Exemption;
import org.crossforce.foi.FoiState;
import org.crossforce.foi.RequestStep;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The FOI module's core tables: authorities, campaigns, requests, their steps, correspondence and attachments. The
 * dataset tables have their own store. Callers check access and validate first; this only reads and writes.
 */
@Repository
public class FoiRecords {

	/** How a message went or came: by email through the outbox, as a printed letter, or recorded by hand. */
	public enum Delivery {
		EMAIL, LETTER, RECORDED
	}

	public enum Direction {
		IN, OUT
	}

	/** What a message is, for the thread and for choosing a follow-up template. */
	public enum MessageKind {
		REQUEST, CLARIFICATION, CHASER, INTERNAL_REVIEW_REQUEST, ICO_COMPLAINT, REPLY, OTHER
	}

	public record Authority(String code, String name, String forceCode, String region, String email,
			String postalAddress) {
	}

	public record Campaign(long id, String title, String subjectTemplate, String bodyTemplate,
			String organisationCode, String createdBy, Instant createdAt, Instant sentAt, boolean published,
			String source, String period) {
	}

	public record FoiRequest(long id, long campaignId, String authorityCode, Delivery delivery, FoiState state,
			Instant createdAt) {
	}

	public record RecordedStep(long id, long requestId, RequestStep step, String note, Long messageId,
			String recordedBy, Instant recordedAt) {
	}

	public record Message(long id, long requestId, Direction direction, MessageKind kind, String subject, String body,
			LocalDate datedOn, Delivery delivery, Long notificationId, String recordedBy, Instant recordedAt) {
	}

	public record Attachment(long id, long messageId, String filename, String contentType, long sizeBytes) {
	}

	private final JdbcClient jdbc;

	FoiRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	// --- Authorities ---

	public List<Authority> authorities() {
		return jdbc.sql("select * from foi_authority order by name").query(FoiRecords::authority).list();
	}

	public Optional<Authority> authority(String code) {
		return jdbc.sql("select * from foi_authority where code = :code")
			.param("code", code)
			.query(FoiRecords::authority)
			.optional();
	}

	public void addAuthority(Authority authority) {
		jdbc.sql("""
				insert into foi_authority (code, name, force_code, region, email, postal_address)
				values (:code, :name, :force, :region, :email, :postal)
				""")
			.param("code", authority.code())
			.param("name", authority.name())
			.param("force", authority.forceCode())
			.param("region", authority.region())
			.param("email", authority.email())
			.param("postal", authority.postalAddress())
			.update();
	}

	public boolean updateAuthorityAddress(String code, String email, String postalAddress, String by, Instant at) {
		return jdbc.sql("""
				update foi_authority set email = :email, postal_address = :postal, updated_by = :by, updated_at = :at
				where code = :code
				""")
			.param("email", email)
			.param("postal", postalAddress)
			.param("by", by)
			.param("at", Timestamp.from(at))
			.param("code", code)
			.update() == 1;
	}

	// --- Campaigns ---

	public long insertCampaign(String title, String subjectTemplate, String bodyTemplate, String organisationCode,
			String createdBy, Instant createdAt, boolean published, String source, String period) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into foi_campaign (title, subject_template, body_template, organisation_code, created_by,
				  created_at, published, source, period)
				values (:title, :subject, :body, :org, :by, :at, :published, :source, :period)
				""")
			.param("title", title)
			.param("subject", subjectTemplate)
			.param("body", bodyTemplate)
			.param("org", organisationCode)
			.param("by", createdBy)
			.param("at", Timestamp.from(createdAt))
			.param("published", published)
			.param("source", source)
			.param("period", period)
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	public Optional<Campaign> campaign(long id) {
		return jdbc.sql("select * from foi_campaign where id = :id").param("id", id).query(FoiRecords::campaign)
			.optional();
	}

	/** Every campaign, newest first. */
	public List<Campaign> campaigns() {
		return jdbc.sql("select * from foi_campaign order by created_at desc, id desc").query(FoiRecords::campaign)
			.list();
	}

	public void updateCampaignText(long id, String title, String subjectTemplate, String bodyTemplate) {
		jdbc.sql("update foi_campaign set title = :title, subject_template = :subject, body_template = :body"
				+ " where id = :id and sent_at is null")
			.param("title", title)
			.param("subject", subjectTemplate)
			.param("body", bodyTemplate)
			.param("id", id)
			.update();
	}

	public void markCampaignSent(long id, Instant at) {
		jdbc.sql("update foi_campaign set sent_at = :at where id = :id").param("at", Timestamp.from(at))
			.param("id", id)
			.update();
	}

	// --- Requests ---

	public long insertRequest(long campaignId, String authorityCode, Delivery delivery, Instant at) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into foi_request (campaign_id, authority_code, delivery, state, created_at)
				values (:campaign, :authority, :delivery, :state, :at)
				""")
			.param("campaign", campaignId)
			.param("authority", authorityCode)
			.param("delivery", delivery.name())
			.param("state", FoiState.NOT_SENT.name())
			.param("at", Timestamp.from(at))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	public Optional<FoiRequest> request(long id) {
		return jdbc.sql("select * from foi_request where id = :id").param("id", id).query(FoiRecords::request)
			.optional();
	}

	/** A campaign's requests, by authority name. */
	public List<FoiRequest> requestsOf(long campaignId) {
		return jdbc.sql("""
				select r.* from foi_request r join foi_authority a on a.code = r.authority_code
				where r.campaign_id = :campaign order by a.name
				""").param("campaign", campaignId).query(FoiRecords::request).list();
	}

	public void removeRequest(long requestId) {
		jdbc.sql("delete from foi_request where id = :id and state = 'NOT_SENT'").param("id", requestId).update();
	}

	public void updateDelivery(long requestId, Delivery delivery) {
		jdbc.sql("update foi_request set delivery = :delivery where id = :id")
			.param("delivery", delivery.name())
			.param("id", requestId)
			.update();
	}

	// --- Steps ---

	/** Records a step and moves the request to its state. */
	public long addStep(long requestId, RequestStep step, String note, Long messageId, String by, Instant at) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into foi_request_step (request_id, state, effective_on, extension_days, exemptions, note,
				  message_id, recorded_by, recorded_at)
				values (:request, :state, :on, :days, :exemptions, :note, :message, :by, :at)
				""")
			.param("request", requestId)
			.param("state", step.state().name())
			.param("on", Date.valueOf(step.effectiveOn()))
			.param("days", step.extensionDays())
			.param("exemptions", step.exemptions().isEmpty() ? null
					: step.exemptions().stream().map(Enum::name).sorted().collect(Collectors.joining(",")))
			.param("note", note)
			.param("message", messageId)
			.param("by", by)
			.param("at", Timestamp.from(at))
			.update(keys, "id");
		jdbc.sql("update foi_request set state = :state where id = :id")
			.param("state", step.state().name())
			.param("id", requestId)
			.update();
		return keys.getKey().longValue();
	}

	public List<RecordedStep> steps(long requestId) {
		return jdbc.sql("select * from foi_request_step where request_id = :id order by id")
			.param("id", requestId)
			.query(FoiRecords::recordedStep)
			.list();
	}

	/** The steps of every request in a campaign, in one query: request id → steps in order. */
	public Map<Long, List<RequestStep>> stepsOfCampaign(long campaignId) {
		return group(jdbc.sql("""
				select s.* from foi_request_step s join foi_request r on r.id = s.request_id
				where r.campaign_id = :campaign order by s.request_id, s.id
				""").param("campaign", campaignId).query(FoiRecords::recordedStep).list());
	}

	/** The steps of every request of every campaign that sends requests, in one query: request id → steps. */
	public Map<Long, List<RequestStep>> allSteps() {
		return group(jdbc.sql("select * from foi_request_step order by request_id, id")
			.query(FoiRecords::recordedStep)
			.list());
	}

	private static Map<Long, List<RequestStep>> group(List<RecordedStep> steps) {
		return steps.stream()
			.collect(Collectors.groupingBy(RecordedStep::requestId, LinkedHashMap::new,
					Collectors.mapping(RecordedStep::step, Collectors.toList())));
	}

	// --- Correspondence ---

	public long addMessage(long requestId, Direction direction, MessageKind kind, String subject, String body,
			LocalDate datedOn, Delivery delivery, Long notificationId, String by, Instant at) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into foi_message (request_id, direction, kind, subject, body, dated_on, delivery,
				  notification_id, recorded_by, recorded_at)
				values (:request, :direction, :kind, :subject, :body, :on, :delivery, :notification, :by, :at)
				""")
			.param("request", requestId)
			.param("direction", direction.name())
			.param("kind", kind.name())
			.param("subject", subject)
			.param("body", body)
			.param("on", Date.valueOf(datedOn))
			.param("delivery", delivery.name())
			.param("notification", notificationId)
			.param("by", by)
			.param("at", Timestamp.from(at))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	/** A request's messages, oldest first. */
	public List<Message> thread(long requestId) {
		return jdbc.sql("select * from foi_message where request_id = :id order by dated_on, id")
			.param("id", requestId)
			.query(FoiRecords::message)
			.list();
	}

	public Optional<Message> message(long id) {
		return jdbc.sql("select * from foi_message where id = :id").param("id", id).query(FoiRecords::message)
			.optional();
	}

	public long addAttachment(long messageId, String filename, String contentType, byte[] content) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into foi_attachment (message_id, filename, content_type, size_bytes, content)
				values (:message, :filename, :type, :size, :content)
				""")
			.param("message", messageId)
			.param("filename", filename)
			.param("type", contentType)
			.param("size", (long) content.length)
			.param("content", content)
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	/** The attachments of a request's messages (without their content), oldest first. */
	public List<Attachment> attachments(long requestId) {
		return jdbc.sql("""
				select a.id, a.message_id, a.filename, a.content_type, a.size_bytes
				from foi_attachment a join foi_message m on m.id = a.message_id
				where m.request_id = :id order by a.id
				""")
			.param("id", requestId)
			.query((rs, row) -> new Attachment(rs.getLong("id"), rs.getLong("message_id"), rs.getString("filename"),
					rs.getString("content_type"), rs.getLong("size_bytes")))
			.list();
	}

	/** An attachment's content, only if it belongs to the request. */
	public Optional<byte[]> attachmentContent(long requestId, long attachmentId) {
		return jdbc.sql("""
				select a.content from foi_attachment a join foi_message m on m.id = a.message_id
				where a.id = :attachment and m.request_id = :request
				""")
			.param("attachment", attachmentId)
			.param("request", requestId)
			.query((rs, row) -> rs.getBytes("content"))
			.optional();
	}

	// --- Row mappers ---

	private static Authority authority(ResultSet rs, int row) throws SQLException {
		return new Authority(rs.getString("code"), rs.getString("name"), rs.getString("force_code"),
				rs.getString("region"), rs.getString("email"), rs.getString("postal_address"));
	}

	private static Campaign campaign(ResultSet rs, int row) throws SQLException {
		return new Campaign(rs.getLong("id"), rs.getString("title"), rs.getString("subject_template"),
				rs.getString("body_template"), rs.getString("organisation_code"), rs.getString("created_by"),
				instant(rs, "created_at"), instant(rs, "sent_at"), rs.getBoolean("published"), rs.getString("source"),
				rs.getString("period"));
	}

	private static FoiRequest request(ResultSet rs, int row) throws SQLException {
		return new FoiRequest(rs.getLong("id"), rs.getLong("campaign_id"), rs.getString("authority_code"),
				Delivery.valueOf(rs.getString("delivery")), FoiState.valueOf(rs.getString("state")),
				instant(rs, "created_at"));
	}

	private static RecordedStep recordedStep(ResultSet rs, int row) throws SQLException {
		String exemptions = rs.getString("exemptions");
		Set<Exemption> cited = exemptions == null ? Set.of()
				: Arrays.stream(exemptions.split(","))
					.map(Exemption::valueOf)
					.collect(Collectors.toCollection(() -> EnumSet.noneOf(Exemption.class)));
		RequestStep step = new RequestStep(FoiState.valueOf(rs.getString("state")),
				rs.getObject("effective_on", LocalDate.class), (Integer) rs.getObject("extension_days", Integer.class),
				cited);
		return new RecordedStep(rs.getLong("id"), rs.getLong("request_id"), step, rs.getString("note"),
				rs.getObject("message_id", Long.class), rs.getString("recorded_by"), instant(rs, "recorded_at"));
	}

	private static Message message(ResultSet rs, int row) throws SQLException {
		return new Message(rs.getLong("id"), rs.getLong("request_id"), Direction.valueOf(rs.getString("direction")),
				MessageKind.valueOf(rs.getString("kind")), rs.getString("subject"), rs.getString("body"),
				rs.getObject("dated_on", LocalDate.class), Delivery.valueOf(rs.getString("delivery")),
				rs.getObject("notification_id", Long.class), rs.getString("recorded_by"), instant(rs, "recorded_at"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}

}
