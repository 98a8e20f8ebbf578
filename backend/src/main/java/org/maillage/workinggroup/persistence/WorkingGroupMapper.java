package org.maillage.workinggroup.persistence;

import org.maillage.workinggroup.WorkingGroup;
import org.maillage.workinggroup.WorkingGroupDetails;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;
import org.mapstruct.ReportingPolicy;

/**
 * Between the groups' API records and their graph entity. Adding a field on either side without mapping it fails
 * the build ({@code unmappedTargetPolicy = ERROR}). Ids, versions, status, authorship and timestamps are the
 * service's to set; problems and participants are links, written apart.
 */
@Mapper(componentModel = "spring", unmappedTargetPolicy = ReportingPolicy.ERROR)
public interface WorkingGroupMapper {

	@Mapping(target = "id", ignore = true)
	@Mapping(target = "version", ignore = true)
	@Mapping(target = "status", ignore = true)
	@Mapping(target = "valueChainId", source = "valueChain")
	@Mapping(target = "createdBy", ignore = true)
	@Mapping(target = "createdBySubject", ignore = true)
	@Mapping(target = "createdAt", ignore = true)
	@Mapping(target = "updatedAt", ignore = true)
	void update(WorkingGroupDetails details, @MappingTarget WorkingGroupNode node);

	WorkingGroup toWorkingGroup(WorkingGroupNode node);

}
