package org.crossforce.cases.internal;

import java.util.ArrayList;
import java.util.List;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The GOV.UK pagination component's links for one page of a list: previous, next, and the page numbers around the
 * current one with ellipses between, each link keeping the list's other query parameters.
 */
public record Pagination(int current, int pages, String previous, String next, List<Item> items) {

	/** A page number, or an ellipsis when {@code number} is null. */
	public record Item(Integer number, String href, boolean current) {
	}

	static Pagination of(int current, long total, int pageSize, UriComponentsBuilder uri) {
		int pages = (int) Math.max(1, (total + pageSize - 1) / pageSize);
		List<Item> items = new ArrayList<>();
		int last = 0;
		for (int number = 1; number <= pages; number++) {
			if (number == 1 || number == pages || Math.abs(number - current) <= 1) {
				if (number - last > 1) {
					items.add(new Item(null, null, false));
				}
				items.add(new Item(number, href(uri, number), number == current));
				last = number;
			}
		}
		return new Pagination(current, pages, current > 1 ? href(uri, current - 1) : null,
				current < pages ? href(uri, current + 1) : null, items);
	}

	public boolean needed() {
		return pages > 1;
	}

	private static String href(UriComponentsBuilder uri, int page) {
		return uri.cloneBuilder().replaceQueryParam("page", page).build().encode().toUriString();
	}

}
