package org.crossforce.statistics.internal;

import java.util.List;
import java.util.Locale;

import org.crossforce.statistics.ChartValue;
import org.crossforce.statistics.FigureFormat;
import org.crossforce.statistics.Symbol;

import org.springframework.context.MessageSource;

/** The copy charts print, from messages.properties, and the figures as people read them. */
public final class ChartWords {

	private final MessageSource messages;

	private final Locale locale;

	public ChartWords(MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
	}

	public String get(String key, Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}

	/** The figure, or its symbol: "1,234", "[c]". */
	public static String figure(ChartValue value, FigureFormat format) {
		return value.hasValue() ? format.format(value.value()) : value.symbol().shorthand();
	}

	/** "[c] suppressed to protect confidentiality". */
	public String meaning(Symbol symbol) {
		return get(symbol.chartLabelKey());
	}

	/** Labels joined as a list is read aloud: "A", "A and B", "A, B and C". */
	public String list(List<String> items) {
		if (items.size() <= 1) {
			return String.join("", items);
		}
		return get("statistics.chart.list", String.join(", ", items.subList(0, items.size() - 1)),
				items.get(items.size() - 1));
	}

}
