package org.crossforce.notifications;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The test profile's channel: it records every message it accepts and refuses those to an address told to fail.
 * Failures are kept per address, so tests sharing the application do not fail each other's messages.
 */
public final class RecordingChannel implements NotificationChannel {

	private static final int ALWAYS = -1;

	private final Medium medium;

	private final List<OutgoingMessage> sent = Collections.synchronizedList(new ArrayList<>());

	private final Map<String, Integer> failuresLeft = new ConcurrentHashMap<>();

	RecordingChannel(Medium medium) {
		this.medium = medium;
	}

	@Override
	public Medium medium() {
		return medium;
	}

	@Override
	public String name() {
		return "recording-" + medium.name().toLowerCase();
	}

	@Override
	public void send(OutgoingMessage message) {
		Integer left = failuresLeft.get(message.address());
		if (left != null && left != 0) {
			failuresLeft.put(message.address(), left == ALWAYS ? ALWAYS : left - 1);
			// Like a mail server's refusal, it quotes the address: the outbox must not keep it.
			throw new IllegalStateException("550 mailbox unavailable: " + message.address());
		}
		sent.add(message);
	}

	/** The next {@code times} messages to the address fail. */
	public void failNext(String address, int times) {
		failuresLeft.put(address, times);
	}

	public void failAlways(String address) {
		failuresLeft.put(address, ALWAYS);
	}

	public void recover(String address) {
		failuresLeft.remove(address);
	}

	public List<OutgoingMessage> sentTo(String address) {
		synchronized (sent) {
			return sent.stream().filter(message -> message.address().equals(address)).toList();
		}
	}

}
