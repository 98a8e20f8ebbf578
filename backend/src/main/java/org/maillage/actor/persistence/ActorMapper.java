package org.maillage.actor.persistence;

import org.maillage.actor.Actor;
import org.maillage.actor.ActorDetails;
import org.maillage.actor.ContactPoint;
import org.maillage.actor.ContactPointDetails;
import org.maillage.actor.Equipment;
import org.maillage.actor.EquipmentDetails;
import org.maillage.actor.GeoPoint;
import org.maillage.actor.KnowHow;
import org.maillage.actor.KnowHowDetails;
import org.maillage.actor.Problem;
import org.maillage.actor.ProblemDetails;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;
import org.mapstruct.ReportingPolicy;

import org.springframework.data.neo4j.types.GeographicPoint2d;

/**
 * Between the directory's API records and its graph entities. Adding a field on either side without mapping it
 * fails the build ({@code unmappedTargetPolicy = ERROR}). Ids, versions and timestamps are the service's to set.
 */
@Mapper(componentModel = "spring", unmappedTargetPolicy = ReportingPolicy.ERROR)
public interface ActorMapper {

	@Mapping(target = "id", ignore = true)
	@Mapping(target = "version", ignore = true)
	@Mapping(target = "createdAt", ignore = true)
	@Mapping(target = "updatedAt", ignore = true)
	@Mapping(target = "active", ignore = true)
	@Mapping(target = "publicRecord", ignore = true)
	@Mapping(target = "confirmedAt", ignore = true)
	void update(ActorDetails details, @MappingTarget ActorNode node);

	Actor toActor(ActorNode node, String communeId);

	@Mapping(target = "id", ignore = true)
	@Mapping(target = "version", ignore = true)
	void update(KnowHowDetails details, @MappingTarget KnowHowNode node);

	KnowHow toKnowHow(KnowHowNode node, String actorId);

	@Mapping(target = "id", ignore = true)
	@Mapping(target = "version", ignore = true)
	void update(EquipmentDetails details, @MappingTarget EquipmentNode node);

	Equipment toEquipment(EquipmentNode node, String actorId);

	@Mapping(target = "id", ignore = true)
	@Mapping(target = "version", ignore = true)
	@Mapping(target = "createdAt", ignore = true)
	void update(ProblemDetails details, @MappingTarget ProblemNode node);

	Problem toProblem(ProblemNode node, String actorId);

	@Mapping(target = "id", ignore = true)
	@Mapping(target = "version", ignore = true)
	void update(ContactPointDetails details, @MappingTarget ContactPointNode node);

	ContactPoint toContactPoint(ContactPointNode node, String actorId);

	default GeographicPoint2d toPoint(GeoPoint point) {
		return point == null ? null : new GeographicPoint2d(point.latitude(), point.longitude());
	}

	default GeoPoint toGeoPoint(GeographicPoint2d point) {
		return point == null ? null : new GeoPoint(point.getLatitude(), point.getLongitude());
	}

}
