package org.maillage.actor.graphql;

import org.maillage.actor.ActorDetails;
import org.maillage.actor.ContactPointDetails;
import org.maillage.actor.EquipmentDetails;
import org.maillage.actor.KnowHowDetails;
import org.maillage.actor.ProblemDetails;
import org.maillage.actor.graphql.MutationInputs.AddContactPointInput;
import org.maillage.actor.graphql.MutationInputs.AddEquipmentInput;
import org.maillage.actor.graphql.MutationInputs.AddKnowHowInput;
import org.maillage.actor.graphql.MutationInputs.AddProblemInput;
import org.maillage.actor.graphql.MutationInputs.NewContactPointInput;
import org.maillage.actor.graphql.MutationInputs.NewEquipmentInput;
import org.maillage.actor.graphql.MutationInputs.NewKnowHowInput;
import org.maillage.actor.graphql.MutationInputs.RegisterActorInput;
import org.maillage.actor.graphql.MutationInputs.UpdateActorInput;
import org.maillage.actor.graphql.MutationInputs.UpdateContactPointInput;
import org.maillage.actor.graphql.MutationInputs.UpdateEquipmentInput;
import org.maillage.actor.graphql.MutationInputs.UpdateKnowHowInput;
import org.maillage.actor.graphql.MutationInputs.UpdateProblemInput;
import org.mapstruct.Mapper;
import org.mapstruct.ReportingPolicy;

/** From the API's mutation inputs to the directory's commands; an unmapped field fails the build. */
@Mapper(componentModel = "spring", unmappedTargetPolicy = ReportingPolicy.ERROR)
interface InputMapper {

	ActorDetails toDetails(RegisterActorInput input);

	ActorDetails toDetails(UpdateActorInput input);

	KnowHowDetails toDetails(NewKnowHowInput input);

	EquipmentDetails toDetails(NewEquipmentInput input);

	ContactPointDetails toDetails(NewContactPointInput input);

	KnowHowDetails toDetails(AddKnowHowInput input);

	KnowHowDetails toDetails(UpdateKnowHowInput input);

	EquipmentDetails toDetails(AddEquipmentInput input);

	EquipmentDetails toDetails(UpdateEquipmentInput input);

	ProblemDetails toDetails(AddProblemInput input);

	ProblemDetails toDetails(UpdateProblemInput input);

	ContactPointDetails toDetails(AddContactPointInput input);

	ContactPointDetails toDetails(UpdateContactPointInput input);

}
