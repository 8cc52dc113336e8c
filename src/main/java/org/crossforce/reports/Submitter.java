package org.crossforce.reports;

/**
 * Who put the report in: the victim themselves (no account), or a signed-in advocate or force user acting with the
 * victim's consent, whose organisation can then support the case.
 *
 * @param channel how it arrived
 * @param username the signed-in user, or null for a victim
 * @param organisation the code of that user's organisation, or null for a victim
 */
public record Submitter(Channel channel, String username, String organisation) {

	public static final Submitter VICTIM = new Submitter(Channel.VICTIM_WEB, null, null);

	public enum Channel {
		VICTIM_WEB, ADVOCATE_WEB, API
	}

	public boolean onBehalfOfVictim() {
		return channel != Channel.VICTIM_WEB;
	}

}
