// Equipment now says whether its actor offers it to others, and only shared equipment meets a need for equipment
// (MatchQueries.RANKING). Until now the register held equipment to share, so what is already there is shared; its
// owners say otherwise through updateEquipment.
MATCH (e:Equipment) WHERE e.shared IS NULL
CALL (e) {
  SET e.shared = true
} IN TRANSACTIONS OF 10000 ROWS;
