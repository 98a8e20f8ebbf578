// Groups' useful effects (issue 13): each found by id; a group's list is read from the group along OF_GROUP, and the
// totals from a territory's actors along BENEFITS, so they need no other index
CREATE CONSTRAINT useful_effect_id IF NOT EXISTS FOR (e:UsefulEffect) REQUIRE e.id IS UNIQUE;
