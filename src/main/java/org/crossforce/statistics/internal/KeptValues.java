package org.crossforce.statistics.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Values read from the database and kept for a while, one per key. After {@code recheckAfter} the next request
 * reads the value again; while it does, other requests for the same key get the kept value rather than queue
 * behind it or run the same query beside it. Only the very first read of a key makes others wait.
 */
final class KeptValues<K, V> {

	/** Reads a key's value again, given the value kept so far (null the first time) and the time of reading. */
	@FunctionalInterface
	interface Reader<V> {

		V read(V previous, Instant now);

	}

	private record Kept<V>(V value, Instant checkedAt) {
	}

	private final Map<K, Kept<V>> kept = new ConcurrentHashMap<>();

	private final Map<K, ReentrantLock> locks = new ConcurrentHashMap<>();

	private final Clock clock;

	private final Duration recheckAfter;

	KeptValues(Clock clock, Duration recheckAfter) {
		this.clock = clock;
		this.recheckAfter = recheckAfter;
	}

	V get(K key, Reader<V> reader) {
		Kept<V> current = this.kept.get(key);
		if (fresh(current)) {
			return current.value();
		}
		ReentrantLock lock = this.locks.computeIfAbsent(key, any -> new ReentrantLock());
		if (current == null) {
			lock.lock();
		}
		else if (!lock.tryLock()) {
			return current.value();
		}
		try {
			current = this.kept.get(key);
			if (fresh(current)) {
				return current.value();
			}
			Instant now = this.clock.instant();
			V value = reader.read(current == null ? null : current.value(), now);
			this.kept.put(key, new Kept<>(value, now));
			return value;
		}
		finally {
			lock.unlock();
		}
	}

	void clear() {
		this.kept.clear();
	}

	private boolean fresh(Kept<V> kept) {
		return kept != null && kept.checkedAt().plus(this.recheckAfter).isAfter(this.clock.instant());
	}

}
