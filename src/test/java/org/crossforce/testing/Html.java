package org.crossforce.testing;

import java.io.UnsupportedEncodingException;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import org.springframework.test.web.servlet.MvcResult;

/** Parses a page as a browser would, for assertions on its markup by CSS selector. */
public final class Html {

	private Html() {
	}

	public static Document of(MvcResult result) {
		try {
			return Jsoup.parse(result.getResponse().getContentAsString());
		}
		catch (UnsupportedEncodingException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

}
