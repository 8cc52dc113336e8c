package org.crossforce.tracking.internal;

import java.util.Collection;

import jakarta.servlet.http.Part;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartHttpServletRequest;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

import static org.assertj.core.api.Assertions.assertThat;

/** A file the container refuses for its size on "Add information" goes back to that page, to be explained there. */
class TrackingUploadTooLargeTest {

	@Test
	void anOversizedUploadGoesBackToAddInformationWithTheReasonAndNoFurther() throws Exception {
		MockMultipartHttpServletRequest request = new MockMultipartHttpServletRequest() {

			@Override
			public Collection<Part> getParts() {
				// What Tomcat throws when a file is over spring.servlet.multipart.max-file-size.
				throw new IllegalStateException(new RuntimeException(
						"The field [file] exceeds its maximum permitted size of [10485760] bytes."));
			}

		};
		request.setRequestURI(AddInformationPage.PATH);
		request.setContentType("multipart/form-data; boundary=x");
		MockHttpServletResponse response = new MockHttpServletResponse();
		MockFilterChain chain = new MockFilterChain();

		new TrackingUploadTooLarge().doFilter(request, response, chain);

		assertThat(response.getRedirectedUrl()).isEqualTo(AddInformationPage.PATH);
		assertThat(chain.getRequest()).as("the request goes no further").isNull();
		FlashMap flash = savedFlash(request);
		assertThat((Object) flash).as("a flash for the page").isNotNull();
		assertThat(flash.get(AddInformationPage.TOO_LARGE)).isEqualTo(true);
		assertThat(flash.getTargetRequestPath()).isEqualTo(AddInformationPage.PATH);
	}

	@Test
	void otherPagesAndOtherFailuresAreLeftAlone() throws Exception {
		MockMultipartHttpServletRequest request = new MockMultipartHttpServletRequest();
		request.setRequestURI("/track/messages");
		request.setContentType("multipart/form-data; boundary=x");
		MockFilterChain chain = new MockFilterChain();
		new TrackingUploadTooLarge().doFilter(request, new MockHttpServletResponse(), chain);
		assertThat(chain.getRequest()).isSameAs(request);
	}

	@SuppressWarnings("unchecked")
	private static FlashMap savedFlash(MockMultipartHttpServletRequest request) {
		var maps = (java.util.List<FlashMap>) request.getSession()
			.getAttribute(SessionFlashMapManager.class.getName() + ".FLASH_MAPS");
		return maps == null || maps.isEmpty() ? null : maps.get(0);
	}

}
