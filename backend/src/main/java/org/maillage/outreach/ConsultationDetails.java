package org.maillage.outreach;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/**
 * What a decision-maker sends to a segment.
 *
 * @param closesAt when answers stop being taken, an ISO-8601 instant or date (the end of that day, Paris time)
 */
public record ConsultationDetails(@NotBlank String segmentId, @NotBlank @Size(max = 200) String title,
		@Size(max = 4000) String introduction, @NotBlank String closesAt,
		@NotEmpty @Size(max = 20) List<@Valid Question> questions) {
}
