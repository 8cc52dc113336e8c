package org.crossforce.supercomplaints.internal;

import java.util.ArrayList;
import java.util.List;

/** The "Record the published report" form: the report, then one block of fields a recommendation. */
public final class ReportForm {

	/** Blocks shown on a fresh form; "Add more recommendations" adds {@link #MORE} at a time. */
	static final int FIRST_BLOCKS = 3;

	static final int MORE = 3;

	private String title;

	private String publishedOnDay;

	private String publishedOnMonth;

	private String publishedOnYear;

	private String url;

	private String responseDays;

	private List<RecommendationFields> recommendations = new ArrayList<>();

	/** One recommendation: left wholly blank, the block is ignored. */
	public static final class RecommendationFields {

		private String text;

		private List<String> groups = new ArrayList<>();

		/** Named forces, by name or code, separated by commas. */
		private String forces;

		/** Other named bodies, one a line. */
		private String others;

		boolean blank() {
			return (text == null || text.isBlank()) && groups.isEmpty() && (forces == null || forces.isBlank())
					&& (others == null || others.isBlank());
		}

		public String getText() {
			return text;
		}

		public void setText(String text) {
			this.text = text;
		}

		public List<String> getGroups() {
			return groups;
		}

		public void setGroups(List<String> groups) {
			this.groups = groups == null ? new ArrayList<>() : groups;
		}

		public String getForces() {
			return forces;
		}

		public void setForces(String forces) {
			this.forces = forces;
		}

		public String getOthers() {
			return others;
		}

		public void setOthers(String others) {
			this.others = others;
		}

	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getPublishedOnDay() {
		return publishedOnDay;
	}

	public void setPublishedOnDay(String publishedOnDay) {
		this.publishedOnDay = publishedOnDay;
	}

	public String getPublishedOnMonth() {
		return publishedOnMonth;
	}

	public void setPublishedOnMonth(String publishedOnMonth) {
		this.publishedOnMonth = publishedOnMonth;
	}

	public String getPublishedOnYear() {
		return publishedOnYear;
	}

	public void setPublishedOnYear(String publishedOnYear) {
		this.publishedOnYear = publishedOnYear;
	}

	public String getUrl() {
		return url;
	}

	public void setUrl(String url) {
		this.url = url;
	}

	public String getResponseDays() {
		return responseDays;
	}

	public void setResponseDays(String responseDays) {
		this.responseDays = responseDays;
	}

	public List<RecommendationFields> getRecommendations() {
		return recommendations;
	}

	public void setRecommendations(List<RecommendationFields> recommendations) {
		this.recommendations = recommendations == null ? new ArrayList<>() : recommendations;
	}

	/** Makes sure at least {@code count} blocks exist, adding blank ones at the end. */
	void atLeast(int count) {
		while (recommendations.size() < count) {
			recommendations.add(new RecommendationFields());
		}
	}

}
