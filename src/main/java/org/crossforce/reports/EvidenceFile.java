package org.crossforce.reports;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A file offered as evidence, before it is checked and stored.
 *
 * @param filename the name it was uploaded with (kept encrypted: names can identify)
 * @param content its bytes
 */
public record EvidenceFile(@NotBlank @Size(max = 255) String filename, @NotNull byte[] content) {
}
