package org.maillage.funding.persistence;

import org.mapstruct.Mapper;
import org.mapstruct.ReportingPolicy;

import org.maillage.funding.FundingCall;

/** Rows to the API's records: adding a field to {@link FundingCall} without reading it fails the build. */
@Mapper(componentModel = "spring", unmappedTargetPolicy = ReportingPolicy.ERROR)
public interface FundingCallMapper {

	FundingCall toCall(FundingCallRow row);

}
