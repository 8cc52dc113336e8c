package org.crossforce.foi.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.crossforce.audit.AuditLog;
import org.crossforce.foi.internal.Dataset.Entry;
import org.crossforce.foi.internal.DatasetStore.RecordedValue;
import org.crossforce.foi.internal.FoiRecords.Campaign;
import org.crossforce.foi.internal.FoiRecords.Direction;
import org.crossforce.foi.internal.FoiRecords.FoiRequest;
import org.crossforce.foi.internal.FoiRecords.Message;
import org.crossforce.identity.SignedInUser;
import org.crossforce.web.InvalidInput;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to a campaign's dataset and a request's values, each in one transaction with its audit entry. Callers have
 * checked that the user may change the campaign; this checks what depends on the data.
 */
@Service
class DatasetChanges {

	private final DatasetStore store;

	private final FoiRecords records;

	private final AuditLog audit;

	private final Clock clock;

	DatasetChanges(DatasetStore store, FoiRecords records, AuditLog audit, Clock clock) {
		this.store = store;
		this.records = records;
		this.audit = audit;
		this.clock = clock;
	}

	/** Declares the dimensions; refused once a value is recorded, as the values would no longer fit them. */
	@Transactional
	void declare(SignedInUser user, Campaign campaign, Dataset dataset) {
		if (store.hasValues(campaign.id())) {
			throw new InvalidInput("name1", "foi.dataset.error.locked");
		}
		store.replaceDataset(campaign.id(), dataset);
		audit.record(user.getUsername(), "foi.dataset.declared", "foi campaign " + campaign.id(),
				dataset.dimensions()
					.stream()
					.map(dimension -> dimension.name() + " (" + dimension.allowed().size() + ")")
					.collect(Collectors.joining(", ")));
	}

	/**
	 * Records the form's cells: a given value replaces what the cell held, a cleared one removes it. Cells whose
	 * value is unchanged keep the reply they came from. Returns how many cells changed.
	 */
	@Transactional
	int record(SignedInUser user, FoiRequest request, long messageId, List<Entry> given, List<List<String>> cleared) {
		reply(request, messageId);
		Map<List<String>, RecordedValue> recorded = store.values(request.id())
			.stream()
			.collect(Collectors.toMap(value -> value.entry().coordinates(), Function.identity()));
		Instant now = clock.instant();
		int changed = 0;
		for (Entry entry : given) {
			RecordedValue before = recorded.get(entry.coordinates());
			if (before == null || !before.entry().cell().equals(entry.cell())) {
				store.put(request.id(), messageId, entry, user.getUsername(), now);
				changed++;
			}
		}
		for (List<String> coordinates : cleared) {
			if (recorded.containsKey(Dataset.coordinates(coordinates))) {
				store.remove(request.id(), Dataset.coordinates(coordinates));
				changed++;
			}
		}
		audit.record(user.getUsername(), "foi.dataset.recorded", "foi request " + request.id(),
				changed + " values changed from reply " + messageId);
		return changed;
	}

	/** Records every imported cell from the reply, replacing what those cells held. */
	@Transactional
	void importEntries(SignedInUser user, FoiRequest request, long messageId, List<Entry> entries, String filename) {
		reply(request, messageId);
		Instant now = clock.instant();
		for (Entry entry : entries) {
			store.put(request.id(), messageId, entry, user.getUsername(), now);
		}
		audit.record(user.getUsername(), "foi.dataset.imported", "foi request " + request.id(),
				entries.size() + " values from reply " + messageId + " (file " + filename + ")");
	}

	/** The request's reply (a message in) with that id, which the values come from. */
	Message reply(FoiRequest request, long messageId) {
		return records.message(messageId)
			.filter(message -> message.requestId() == request.id() && message.direction() == Direction.IN)
			.orElseThrow(() -> new InvalidInput("messageId", "foi.data.error.replyMissing"));
	}

	/** The request's replies, newest first: the messages a value can come from. */
	List<Message> replies(long requestId) {
		return records.thread(requestId)
			.stream()
			.filter(message -> message.direction() == Direction.IN)
			.sorted((a, b) -> Long.compare(b.id(), a.id()))
			.toList();
	}

}
