package org.crossforce.foi.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import org.crossforce.calendar.WorkingDayCalendar;
import org.crossforce.calendar.WorkingDayRule;
import org.crossforce.foi.Exemption;
import org.crossforce.foi.FoiState;
import org.crossforce.foi.RequestStep;
import org.crossforce.foi.internal.FoiRecords.Delivery;
import org.crossforce.foi.internal.FoiRecords.Direction;
import org.crossforce.foi.internal.FoiRecords.MessageKind;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.crossforce.foi.FoiState.AWAITING_CLARIFICATION;
import static org.crossforce.foi.FoiState.AWAITING_RESPONSE;
import static org.crossforce.foi.FoiState.CLARIFICATION_SENT;
import static org.crossforce.foi.FoiState.EXTENDED_PUBLIC_INTEREST;
import static org.crossforce.foi.FoiState.ICO_COMPLAINT_MADE;
import static org.crossforce.foi.FoiState.INFORMATION_NOT_HELD;
import static org.crossforce.foi.FoiState.INTERNAL_REVIEW_ANSWERED;
import static org.crossforce.foi.FoiState.INTERNAL_REVIEW_REQUESTED;
import static org.crossforce.foi.FoiState.PARTIALLY_SUCCESSFUL;
import static org.crossforce.foi.FoiState.REFUSED;
import static org.crossforce.foi.FoiState.SUCCESSFUL;
import static org.crossforce.foi.FoiState.WITHDRAWN;

/**
 * The demo's illustrative campaign: one invented request to every force, with dates counted back from today in FOI
 * working days so that the requests stand in every state the clock knows, including overdue and very overdue. The
 * same forces get the same story on every start on the same day.
 */
final class IllustrativeFoiCampaign {

	/** The oldest request was received this many working days ago. */
	static final int EARLIEST_WORKING_DAYS_AGO = 120;

	private static final String OFFICER = "Police officer";

	private static final String STAFF = "Police staff";

	private static final String PCSO = "PCSO";

	private static final String CRIME = "Crime recorded";

	private static final String INCIDENT = "Incident only";

	private static final String YEAR = "2024-25";

	/** One cell of invented data: a count, or a status without one. */
	private record Cell(String role, String recorded, String status, Integer count) {

		static Cell count(String role, String recorded, int count) {
			return new Cell(role, recorded, "COUNT", count);
		}

		static Cell of(String role, String recorded, String status) {
			return new Cell(role, recorded, status, null);
		}

	}

	private final FoiRecords records;

	private final JdbcClient jdbc;

	private final WorkingDayCalendar calendar;

	private final MessageSource messages;

	private final Clock clock;

	private final LocalDate today;

	private long campaign;

	private String subject;

	private String body;

	IllustrativeFoiCampaign(FoiRecords records, JdbcClient jdbc, WorkingDayCalendar calendar, MessageSource messages,
			Clock clock, LocalDate today) {
		this.records = records;
		this.jdbc = jdbc;
		this.calendar = calendar;
		this.messages = messages;
		this.clock = clock;
		this.today = today;
	}

	void create() {
		subject = text("foi.demo.illustrative.subject");
		body = text("foi.demo.illustrative.body");
		campaign = records.insertCampaign(text("foi.demo.illustrative.title"), subject, body,
				DemoFoiCampaigns.ORGANISATION, DemoFoiCampaigns.ADVOCATE, at(ago(EARLIEST_WORKING_DAYS_AGO + 5)), false,
				text("foi.demo.illustrative.source"), text("foi.demo.illustrative.period"));
		declareDataset();
		List<FoiRecords.Authority> authorities = records.authorities();
		for (int i = 0; i < authorities.size(); i++) {
			tell(i, records.insertRequest(campaign, authorities.get(i).code(), Delivery.EMAIL,
					at(ago(EARLIEST_WORKING_DAYS_AGO + 5))), authorities.get(i).name());
		}
		records.markCampaignSent(campaign, at(ago(EARLIEST_WORKING_DAYS_AGO)));
	}

	/** The i-th force's story, by authority name: each state once, then a mix of the commonest outcomes. */
	private void tell(int i, long request, String authority) {
		switch (i) {
			case 0 -> received(request, authority, ago(5));
			case 1 -> received(request, authority, ago(28));
			case 2 -> received(request, authority, ago(50));
			case 3 -> clarificationAsked(request, received(request, authority, ago(15)), 4);
			case 4 -> {
				LocalDate received = received(request, authority, ago(25));
				clarificationAsked(request, received, 3);
				clarified(request, after(received, 8));
			}
			case 5 -> extended(request, received(request, authority, ago(24)), 18, 10);
			case 6 -> extended(request, received(request, authority, ago(30)), 19, 25);
			case 7 -> values(request, answer(request, received(request, authority, ago(40)), 15, SUCCESSFUL),
					Cell.count(OFFICER, CRIME, 4), Cell.count(OFFICER, INCIDENT, 7), Cell.count(STAFF, CRIME, 0),
					Cell.count(STAFF, INCIDENT, 2), Cell.of(PCSO, CRIME, "NIL"), Cell.of(PCSO, INCIDENT, "NIL"));
			case 8 -> values(request, answer(request, received(request, authority, ago(60)), 26, SUCCESSFUL),
					Cell.count(OFFICER, CRIME, 11), Cell.count(OFFICER, INCIDENT, 9), Cell.count(STAFF, CRIME, 1),
					Cell.count(STAFF, INCIDENT, 3), Cell.of(PCSO, CRIME, "NOT_HELD"),
					Cell.of(PCSO, INCIDENT, "NOT_HELD"));
			case 9 -> values(request,
					answer(request, received(request, authority, ago(45)), 19, PARTIALLY_SUCCESSFUL, Exemption.S40),
					Cell.count(OFFICER, CRIME, 6), Cell.count(OFFICER, INCIDENT, 5), Cell.of(STAFF, CRIME, "REFUSED"),
					Cell.of(STAFF, INCIDENT, "REFUSED"), Cell.of(PCSO, CRIME, "REFUSED"),
					Cell.of(PCSO, INCIDENT, "REFUSED"));
			case 10 -> answer(request, received(request, authority, ago(35)), 20, REFUSED, Exemption.S12);
			case 11 -> answer(request, received(request, authority, ago(38)), 18, REFUSED, Exemption.S30,
					Exemption.S31);
			case 12 -> answer(request, received(request, authority, ago(33)), 12, INFORMATION_NOT_HELD);
			case 13 -> {
				LocalDate received = received(request, authority, ago(45));
				answer(request, received, 18, REFUSED, Exemption.S12);
				reviewRequested(request, after(received, 30));
			}
			case 14 -> {
				// Asked for 50 working days after receipt, due 20 later: overdue today, not yet very overdue.
				LocalDate received = received(request, authority, ago(80));
				answer(request, received, 19, REFUSED, Exemption.S31);
				reviewRequested(request, after(received, 50));
			}
			case 15 -> {
				LocalDate received = received(request, authority, ago(90));
				answer(request, received, 20, PARTIALLY_SUCCESSFUL, Exemption.S40);
				reviewRequested(request, after(received, 30));
				reviewAnswered(request, after(received, 48));
			}
			case 16 -> {
				LocalDate received = received(request, authority, ago(EARLIEST_WORKING_DAYS_AGO));
				answer(request, received, 20, REFUSED, Exemption.S30);
				reviewRequested(request, after(received, 25));
				reviewAnswered(request, after(received, 45));
				step(request, ICO_COMPLAINT_MADE, after(received, 60), null, message(request, Direction.OUT,
						MessageKind.ICO_COMPLAINT, "foi.demo.icoComplaint", after(received, 60), Delivery.RECORDED));
			}
			case 17 -> step(request, WITHDRAWN, after(received(request, authority, ago(20)), 5),
					text("foi.demo.withdrawn"), null);
			default -> {
				int variation = i % 7;
				switch (i % 4) {
					case 0 -> answer(request, received(request, authority, ago(30 + variation)), 10 + variation,
							SUCCESSFUL);
					case 1 -> received(request, authority, ago(2 + 2 * variation));
					case 2 -> answer(request, received(request, authority, ago(28 + variation)), 14 + variation,
							INFORMATION_NOT_HELD);
					default -> answer(request, received(request, authority, ago(50 + variation)), 22 + variation,
							SUCCESSFUL);
				}
			}
		}
	}

	private LocalDate received(long request, String authority, LocalDate on) {
		long sent = records.addMessage(request, Direction.OUT, MessageKind.REQUEST, subject,
				body.replace("{authority}", authority), on, Delivery.EMAIL, null, DemoFoiCampaigns.ADVOCATE, at(on));
		step(request, AWAITING_RESPONSE, on, null, sent);
		return on;
	}

	private void clarificationAsked(long request, LocalDate received, int workingDaysLater) {
		LocalDate on = after(received, workingDaysLater);
		step(request, AWAITING_CLARIFICATION, on, null,
				message(request, Direction.IN, MessageKind.OTHER, "foi.demo.clarificationAsked", on, Delivery.RECORDED));
	}

	private void clarified(long request, LocalDate on) {
		step(request, CLARIFICATION_SENT, on, null,
				message(request, Direction.OUT, MessageKind.CLARIFICATION, "foi.demo.clarification", on, Delivery.EMAIL));
	}

	private void extended(long request, LocalDate received, int workingDaysLater, int extensionDays) {
		LocalDate on = after(received, workingDaysLater);
		long message = message(request, Direction.IN, MessageKind.OTHER, "foi.demo.extension", on, Delivery.RECORDED);
		records.addStep(request, new RequestStep(EXTENDED_PUBLIC_INTEREST, on, extensionDays, Set.of()), null, message,
				DemoFoiCampaigns.ADVOCATE, at(on));
	}

	/** The authority's answer, {@code workingDaysLater} after receipt; returns the reply's message id. */
	private long answer(long request, LocalDate received, int workingDaysLater, FoiState state,
			Exemption... exemptions) {
		LocalDate on = after(received, workingDaysLater);
		String reply = state == REFUSED
				? (Set.of(exemptions).contains(Exemption.S12) ? "foi.demo.reply.REFUSED.S12" : "foi.demo.reply.REFUSED.S30S31")
				: "foi.demo.reply." + state.name();
		long message = message(request, Direction.IN, MessageKind.REPLY, reply, on, Delivery.RECORDED);
		records.addStep(request, new RequestStep(state, on, null, Set.of(exemptions)), null, message,
				DemoFoiCampaigns.ADVOCATE, at(on));
		return message;
	}

	private void reviewRequested(long request, LocalDate on) {
		step(request, INTERNAL_REVIEW_REQUESTED, on, null, message(request, Direction.OUT,
				MessageKind.INTERNAL_REVIEW_REQUEST, "foi.demo.reviewRequest", on, Delivery.EMAIL));
	}

	private void reviewAnswered(long request, LocalDate on) {
		step(request, INTERNAL_REVIEW_ANSWERED, on, null,
				message(request, Direction.IN, MessageKind.REPLY, "foi.demo.reviewAnswer", on, Delivery.RECORDED));
	}

	private void step(long request, FoiState state, LocalDate on, String note, Long message) {
		records.addStep(request, RequestStep.of(state, on), note, message, DemoFoiCampaigns.ADVOCATE, at(on));
	}

	private long message(long request, Direction direction, MessageKind kind, String code, LocalDate on,
			Delivery delivery) {
		String messageSubject = direction == Direction.IN ? text("foi.demo.subject.reply", subject) : subject;
		return records.addMessage(request, direction, kind, messageSubject, text(code), on, delivery, null,
				DemoFoiCampaigns.ADVOCATE, at(on));
	}

	private void declareDataset() {
		String[][] dimensions = { { "foi.demo.dimension.year", "foi.demo.dimension.year.values" },
				{ "foi.demo.dimension.role", "foi.demo.dimension.role.values" },
				{ "foi.demo.dimension.crime", "foi.demo.dimension.crime.values" } };
		for (int position = 1; position <= dimensions.length; position++) {
			jdbc.sql("insert into foi_dataset_dimension (campaign_id, position, name, allowed) "
					+ "values (:campaign, :position, :name, :allowed)")
				.param("campaign", campaign)
				.param("position", position)
				.param("name", text(dimensions[position - 1][0]))
				.param("allowed", text(dimensions[position - 1][1]))
				.update();
		}
	}

	/** Invented figures for a request, each kept with the reply it came from. */
	private void values(long request, long reply, Cell... cells) {
		LocalDate on = records.message(reply).orElseThrow().datedOn();
		for (Cell cell : cells) {
			jdbc.sql("""
					insert into foi_dataset_value (request_id, message_id, dimension_1, dimension_2, dimension_3,
					  status, count_value, recorded_by, recorded_at)
					values (:request, :message, :year, :role, :recorded, :status, :count, :by, :at)
					""")
				.param("request", request)
				.param("message", reply)
				.param("year", YEAR)
				.param("role", cell.role())
				.param("recorded", cell.recorded())
				.param("status", cell.status())
				.param("count", cell.count())
				.param("by", DemoFoiCampaigns.ADVOCATE)
				.param("at", Timestamp.from(at(on)))
				.update();
		}
	}

	/** The FOI working day {@code workingDays} working days before today. */
	private LocalDate ago(int workingDays) {
		LocalDate date = today;
		for (int counted = 0; counted < workingDays;) {
			date = date.minusDays(1);
			if (calendar.isWorkingDay(date, WorkingDayRule.FOI)) {
				counted++;
			}
		}
		return date;
	}

	private LocalDate after(LocalDate from, int workingDays) {
		return calendar.due(from, workingDays, WorkingDayRule.FOI).due();
	}

	/** Midday on the day in London, or now if that is still to come. */
	private Instant at(LocalDate day) {
		Instant midday = day.atTime(LocalTime.NOON).atZone(DemoFoiCampaigns.LONDON).toInstant();
		Instant now = clock.instant();
		return midday.isAfter(now) ? now : midday;
	}

	private String text(String code, Object... args) {
		return messages.getMessage(code, args, LocaleContextHolder.getLocale());
	}

}
