package org.maillage.importing;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Bulk imports ({@code maillage.import.*}).
 *
 * @param folder where the files an operator imports through the API must be: the service reads no other path
 * @param batch lines written per transaction, the unit an import resumes from
 * @param keptRejections rejected lines kept per job with their values; beyond, they are only counted
 * @param background whether this process runs queued jobs and resumes abandoned ones (the command line does not)
 * @param maxUpload the largest file sent in a request ({@code POST /imports}); a département's SIRENE extract is a
 *        few hundred megabytes
 */
@Validated
@ConfigurationProperties("maillage.import")
public record ImportProperties(@DefaultValue("imports") @NotBlank String folder,
		@DefaultValue("1000") @Min(1) @Max(10_000) int batch, @DefaultValue("10000") @Min(0) int keptRejections,
		@DefaultValue("true") boolean background, @DefaultValue("1GB") @NotNull DataSize maxUpload) {
}
