package org.crossforce.reports.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.crossforce.reports.ReferralIndicators;

/** The referral indicators stored as the names of those that are true, so they can be queried without decryption. */
final class IndicatorFlags {

	private IndicatorFlags() {
	}

	static String write(ReferralIndicators indicators) {
		List<String> flags = new ArrayList<>();
		add(flags, indicators.seriousInjury(), "seriousInjury");
		add(flags, indicators.sexualOffence(), "sexualOffence");
		add(flags, indicators.abuseOfPosition(), "abuseOfPosition");
		add(flags, indicators.discrimination(), "discrimination");
		add(flags, indicators.threatsToKill(), "threatsToKill");
		add(flags, indicators.firearmsAccess(), "firearmsAccess");
		add(flags, indicators.policeSystemsAccess(), "policeSystemsAccess");
		add(flags, indicators.toldWillNotBeBelieved(), "toldWillNotBeBelieved");
		return String.join(",", flags);
	}

	static ReferralIndicators read(String flags) {
		Set<String> set = Set.copyOf(Arrays.asList(flags.split(",")));
		return new ReferralIndicators(set.contains("seriousInjury"), set.contains("sexualOffence"),
				set.contains("abuseOfPosition"), set.contains("discrimination"), set.contains("threatsToKill"),
				set.contains("firearmsAccess"), set.contains("policeSystemsAccess"),
				set.contains("toldWillNotBeBelieved"));
	}

	private static void add(List<String> flags, boolean value, String name) {
		if (value) {
			flags.add(name);
		}
	}

}
