package org.maillage.matchmaking.persistence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.neo4j.driver.Value;

import org.maillage.core.ReadScope;
import org.maillage.core.TextAudience;
import org.maillage.matchmaking.persistence.RankingRows.CoveredNeed;
import org.maillage.matchmaking.persistence.RankingRows.EvidenceRow;
import org.maillage.matchmaking.persistence.RankingRows.EvidenceWords;
import org.maillage.matchmaking.persistence.RankingRows.OwnWords;
import org.maillage.matchmaking.persistence.RankingRows.ProblemToRank;
import org.maillage.matchmaking.persistence.RankingRows.RankedActor;
import org.maillage.matchmaking.persistence.RankingRows.RankedRows;
import org.maillage.matchmaking.persistence.RankingRows.RegionCentre;
import org.maillage.matchmaking.persistence.RankingRows.SharedPlace;
import org.maillage.matchmaking.persistence.RankingRows.StatedNeed;
import org.maillage.matchmaking.persistence.RankingRows.TopicName;
import org.maillage.matchmaking.persistence.RankingRows.TradeHit;
import org.maillage.territory.InsideTerritories;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * The ranking as one Cypher statement: candidates come from the needs (trades, know-how, equipment, topics) and
 * the problem's words; each is then scored on its coverage, text relevance, shared topics, proximity and shared
 * working groups. Every item, topic interest and working group is filtered on {@code $visible} and
 * {@code $ownActors} before it can count: what the caller may not see never ranks anybody (the relative strength
 * of a know-how hit is computed among visible hits only, so a hidden item does not even lower the others).
 */
@Component
public class MatchQueries {

	/**
	 * One parameter, {@code $ranking}, a map of: {@code needs} (rank, kind, value, weight, query, parent),
	 * {@code textQuery}, {@code exclude}, {@code originTerritory}, {@code originLocation}, {@code halfDistanceKm},
	 * {@code localKm}, {@code reach}, {@code needsStated}, {@code wordsFloor}, {@code codeWordsFloor},
	 * {@code categoryWordsFloor}, {@code problemWords}, {@code wordsInCommon}, {@code ownerId},
	 * {@code territories}, {@code kinds}, {@code sectors}, {@code only}, {@code weights}, {@code needWeight},
	 * {@code visible}, {@code ownActors}, {@code textIndex}, {@code skip}, {@code limit}, {@code shortlist},
	 * {@code perNeed}, {@code narrowed}, {@code neighbourhoods}, {@code problemId}, {@code category}, {@code markWeight}. Returns one row: the total and the page's candidates.
	 * <p>
	 * One map rather than separate parameters: Neo4j keys its plans on the query and the types of its parameters, list
	 * sizes included, but looks no deeper than a map. Separate parameters made a new plan (seconds, for this statement)
	 * for each shape of request — a problem without location, a need list of another size — and rankings arriving
	 * together on a cold service queued behind those plans past their deadline.
	 */
	static final String RANKING = """
			CALL () {
			  OPTIONAL MATCH (origin:Territory {id: $ranking.originTerritory})-[:PART_OF*0..2]->(up:Territory)
			  WITH collect(up) AS ups
			  RETURN [up IN ups | up.id] AS originIds, head([up IN ups WHERE up:Departement | up.id]) AS originDepartement,
			         head([up IN ups WHERE up:Region | up.id]) AS originRegion
			}
			CALL (originDepartement, originRegion) {
			  UNWIND $ranking.needs AS need
			  CALL (need, originDepartement, originRegion) {
			    WITH need WHERE need.kind = 'TRADE'
			    CALL (need) {
			      MATCH (:Trade {code: need.value})<-[:BROADER*0..4]-(t:Trade)
			      RETURN collect(t.code) AS codes
			    }
			    <<TRADE_HOLDERS(1.0, exact)>>
			    UNION ALL
			    WITH need WHERE need.kind = 'TRADE' AND need.parent IS NOT NULL
			    CALL (need) {
			      MATCH (:Trade {code: need.parent})<-[:BROADER*1..4]-(t:Trade)
			      WHERE NOT EXISTS { (t)-[:BROADER*0..4]->(:Trade {code: need.value}) }
			      RETURN collect(t.code) AS codes
			    }
			    <<TRADE_HOLDERS(0.4, related)>>
			    UNION ALL
			    WITH need WHERE need.kind = 'EQUIPMENT_CATEGORY'
			    <<NEAR_FIRST(EQUIPMENT)>>
			    WITH a, e WHERE (e.visibility IN $ranking.visible OR a.id IN $ranking.ownActors) AND <<ELIGIBLE>>
			    WITH a, e ORDER BY <<DISTANCE>>, a.id LIMIT $ranking.perNeed
			    RETURN a, 1.0 AS strength, {k: 'EQUIPMENT', m: 'exact', n: elementId(e)} AS evidence
			    UNION ALL
			    WITH need WHERE need.kind = 'TOPIC'
			    <<NEAR_FIRST(TOPIC)>>
			    WITH a, i, topic WHERE (i.visibility IN $ranking.visible OR a.id IN $ranking.ownActors) AND <<ELIGIBLE>>
			    WITH a, topic ORDER BY <<DISTANCE>>, a.id LIMIT $ranking.perNeed
			    RETURN a, 1.0 AS strength, {k: 'TOPIC_INTEREST', m: 'exact', n: elementId(topic)} AS evidence
			    UNION ALL
			    WITH need WHERE need.query IS NOT NULL
			    CALL (need) {
			      <<TEXT_HITS(need.query, 300)>>
			    }
			    OPTIONAL MATCH (owner:Actor)-[:HAS_KNOW_HOW|HAS_EQUIPMENT]->(node)
			    WITH need, node, score, own, coalesce(owner, node) AS a
			    WHERE node:Actor OR node.visibility IN $ranking.visible OR a.id IN $ranking.ownActors
			    // relative to the best hit the caller's audience sees: own hidden items cannot move the others
			    WITH need, collect({a: a, node: node, score: score}) AS hits,
			         coalesce(max(CASE WHEN own THEN null ELSE score END), max(score)) AS top
			    UNWIND hits AS hit
			    WITH need, hit.a AS a, hit.node AS node,
			         CASE WHEN hit.score >= top THEN 1.0 ELSE hit.score / top END AS relative
			    WHERE relative >= 0.3
			    RETURN a,
			      relative * CASE WHEN node:KnowHow THEN 0.9 WHEN node:Equipment THEN 0.8 ELSE 0.6 END AS strength,
			      {k: CASE WHEN node:Actor THEN 'DESCRIPTION' WHEN node:KnowHow THEN 'KNOW_HOW' ELSE 'EQUIPMENT' END,
			       m: 'text', n: elementId(node),
			       // an actor's own description meets a need of several words with two of them (DescriptionWords)
			       two: NOT node:Actor OR size(need.descriptionWords) < 2
			            OR size([pattern IN need.descriptionWords WHERE node.description =~ pattern]) >= 2} AS evidence
			  }
			  WITH a, need, strength, evidence
			  WHERE NOT a.id IN $ranking.exclude
			  ORDER BY strength DESC
			  // an owner's item is found in two indexes (its audience's and every item's): one piece of evidence
			  WITH a, need, max(strength) AS strength, collect(DISTINCT evidence)[..3] AS evidence
			  RETURN a, collect({rank: need.rank, strength: strength, evidence: evidence}) AS coverage, 0.0 AS text,
			         [] AS textNodes
			  UNION ALL
			  WITH $ranking.textQuery AS query WHERE query IS NOT NULL
			  CALL (query) {
			    <<TEXT_HITS(query, 500)>>
			  }
			  OPTIONAL MATCH (owner:Actor)-[:HAS_KNOW_HOW|HAS_EQUIPMENT]->(node)
			  WITH node, score, own, coalesce(owner, node) AS a
			  WHERE (node:Actor OR node.visibility IN $ranking.visible OR a.id IN $ranking.ownActors) AND NOT a.id IN $ranking.exclude
			  // its best three visible texts, whose words in common the explanation quotes
			  WITH node, score, own, a ORDER BY score DESC
			  WITH a, sum(score) AS text, sum(CASE WHEN own THEN 0.0 ELSE score END) AS seen,
			       collect(elementId(node))[..3] AS textNodes
			  // Text relevance relative to the best candidate's on what the caller's audience sees, so that
			  // neither hidden text nor the caller's own hidden items move the others.
			  WITH collect({a: a, text: text, textNodes: textNodes}) AS hits,
			       coalesce(max(CASE WHEN seen > 0 THEN seen END), max(text)) AS top
			  UNWIND hits AS hit
			  RETURN hit.a AS a, [] AS coverage,
			         CASE WHEN hit.text >= top THEN 1.0 ELSE hit.text / top END AS text, hit.textNodes AS textNodes
			}
			WITH originIds, a, collect(coverage) AS coverages, sum(text) AS textScore,
			     reduce(nodes = [], list IN collect(textNodes) | nodes + list) AS textNodes
			WHERE ($ranking.only IS NULL OR a.id IN $ranking.only) AND ($ranking.kinds IS NULL OR a.kind IN $ranking.kinds)
			  AND ($ranking.sectors IS NULL OR a.sector IN $ranking.sectors)
			  AND ($ranking.territories IS NULL OR <<INSIDE>>)
			// Proximity halves every halfDistanceKm between the actor's position (its point, else its commune's centre) and
			// the problem's. It only orders actors alike on needs: when needs are stated, one that meets a need always
			// ranks above one that meets none (the tier), whatever its distance, topics or groups. Actors further than
			// localKm come after every local one of their tier ("further afield"): only when nobody local meets a need
			// do they lead. But one that meets a stated need inside the problem's own région is local: a région is
			// where a territory's facilitators and funders work. Not on inferred needs, which are guesses from words.
			// A need is met by evidence other than a neighbouring trade or a trade held beyond its reach, which are hints,
			// and other than a trade code alone when the actor describes itself in words none of which the problem uses
			// (textScore under $ranking.codeWordsFloor): a class, even a subclass, covers several activities (a car
			// inspection centre and a materials-testing lab share 71.20, every engineering office is 71.12B) and the
			// actor's own words say which it does; nor with fewer than $ranking.wordsInCommon of the problem's words in
			// its best texts (inCommon, below), as "problems I could help with" asks (ProblemsToHelpWith). A need
			// naming one subclass that is essential or the only need stated asks for that very trade (45.20B, « laver
			// nos camions »: tradeItself), an actor known by its code alone (imported from SIRENE, with no description)
			// is met by its code, and so is anyone when the request has no words to share (needs of codes, categories
			// and topics only). The same for a piece of
			// equipment of the category needed, under a lower floor ($ranking.categoryWordsFloor): a category is broad (a
			// wine lab's analysers and a materials lab's are both LABORATORY_ANALYSIS) and an actor whose words share
			// almost nothing with the problem has said it does something else with it. An actor that meets no need
			// is listed only when its words in common weigh at least wordsFloor of the best candidate's (Matchmaking:
			// half when needs are stated, less when they are inferred): a word or two shared with the problem, next
			// door, is not a lead. Nearness weighs in proportion to the
			// evidence (needs met plus words in common, at most 1): being next door makes no evidence of its own.
			// How many of the problem's words its best texts use (each word once, as the explanation quotes them): read
			// only where a trade code or an equipment category alone would count by the words floors, the one place it
			// is asked. A floor relative to the best candidate's words let an actor sharing one word with a problem of
			// few words meet a need by its code or category: a water lab by « laboratoire », self-storage by « stockage ».
			CALL (a, coverages, textScore, textNodes) {
			  WITH a, coverages, textScore, textNodes
			  WHERE textScore >= $ranking.categoryWordsFloor AND coalesce(trim(a.description), '') <> ''
			    AND any(list IN coverages WHERE any(c IN list WHERE any(e IN c.evidence
			        WHERE e.k IN ['CORE_TRADE', 'EQUIPMENT'] AND e.m = 'exact')))
			  UNWIND textNodes AS node
			  MATCH (n) WHERE elementId(n) = node
			  WITH collect(coalesce(n.name, '') + ' ' + coalesce(n.description, '')) AS texts
			  RETURN size([word IN $ranking.problemWords WHERE any(text IN texts WHERE text =~ word)]) AS inCommon
			}
			WITH originIds, a, coverages, textScore, textNodes, inCommon,
			     reduce(found = [], list IN coverages | found + [c IN list WHERE <<MET(c)>>]) AS met
			// The needs met, each as strongly as its best evidence, make the need coverage: a hint is shown with its
			// need, but weighs nothing there, or a hint would order the actors that meet no need, and where needs are
			// inferred (no tier) lift them above those that meet one.
			WITH originIds, a, coverages, textScore, textNodes, inCommon, met, size(met) > 0 AS meets,
			     CASE WHEN $ranking.needWeight > 0
			          THEN reduce(covered = 0.0, c IN met | covered + c.strength * $ranking.needs[c.rank].weight)
			               / $ranking.needWeight
			          ELSE 0.0 END AS needScore
			WHERE meets OR textScore >= $ranking.wordsFloor
			// nor when all its trades serve households (HouseholdTrades): its words are about its customers, and so are
			// they when they meet a know-how need inferred from the problem's words (a car wash's « eaux de lavage »), and
			// so is its interest in a topic the problem names (an air purifier shop's « qualité de l'air intérieur »).
			// Its trades are read last, only for the actors the other conditions leave (in a WHERE of their own: in one
			// with the condition above, the planner read every candidate's trades first), and from their links, which
			// carry the trade's code (V0016), not from the trades.
			WITH originIds, a, coverages, textScore, textNodes, inCommon, met, needScore, meets
			WHERE any(c IN met WHERE NOT $ranking.needs[c.rank].words AND $ranking.needs[c.rank].kind <> 'TOPIC')
			   OR NOT EXISTS { (a)-[:HAS_CORE_TRADE]->() }
			   OR EXISTS { MATCH (a)-[link:HAS_CORE_TRADE]->()
			               WHERE none(prefix IN $ranking.households WHERE link.trade STARTS WITH prefix) }
			// its distance, for the candidates left only
			WITH originIds, a, coverages, textScore, textNodes, inCommon, needScore, meets,
			     CASE WHEN a.position IS NULL OR $ranking.originLocation IS NULL THEN null
			          ELSE point.distance(a.position, point($ranking.originLocation)) / 1000.0 END AS distanceKm
			WITH originIds, a, coverages, textScore, textNodes, inCommon, needScore, distanceKm,
			     CASE WHEN meets OR NOT $ranking.needsStated THEN 0 ELSE 1 END AS tier,
			     CASE WHEN coalesce(distanceKm > $ranking.localKm, false)
			          THEN NOT (meets AND $ranking.needsStated AND <<IN_ORIGIN_REGION>>) ELSE false END AS afield,
			     CASE WHEN distanceKm IS NULL THEN 0.0 ELSE 0.5 ^ (distanceKm / $ranking.halfDistanceKm) END
			     * CASE WHEN needScore + textScore > 1 THEN 1.0 ELSE needScore + textScore END AS proximity
			WITH originIds, a, coverages, textScore, textNodes, inCommon, needScore, distanceKm, tier, afield, proximity,
			     $ranking.weights.needCoverage * needScore + $ranking.weights.textRelevance * textScore
			     + $ranking.weights.proximity * proximity AS partial
			ORDER BY tier, afield, partial DESC, a.name, a.id
			// Shared topics and groups only break near-ties (together at most willingness + existingTies of the
			// total): they are looked up for the best candidates on the other signals only.
			WITH originIds, collect({a: a, coverages: coverages, textScore: textScore, textNodes: textNodes, inCommon: inCommon, needScore: needScore,
			              distanceKm: distanceKm, tier: tier, afield: afield, proximity: proximity, partial: partial}) AS ranked
			WITH originIds, size(ranked) AS total, ranked[..$ranking.shortlist] AS shortlist
			// Nor for those that no bonus can bring onto the page: a candidate whose partial score, plus the most topics,
			// groups and marks can add, stays below the page's last candidate's minus the most marks can take, is behind
			// it and every candidate before it whatever they share; so is one of a later tier or further afield. Left
			// out, the page is the same, and most of the shortlist is left out (docs/performance.md).
			WITH originIds, total, shortlist, shortlist[$ranking.skip + $ranking.limit - 1] AS last
			WITH originIds, total, CASE WHEN last IS NULL THEN shortlist ELSE [row IN shortlist
			       WHERE row.tier < last.tier OR (row.tier = last.tier AND (last.afield AND NOT row.afield
			          OR row.afield = last.afield AND row.partial >= last.partial - $ranking.weights.willingness
			             - $ranking.weights.existingTies - 2 * $ranking.markWeight - 1.0e-9))] END AS shortlist
			// the problem's owner's topics, read once for the whole shortlist
			CALL () {
			  OPTIONAL MATCH (owner:Actor {id: $ranking.ownerId})-[mine:INTERESTED_IN]->(topic:Topic)
			  WHERE mine.visibility IN $ranking.visible OR owner.id IN $ranking.ownActors
			  RETURN collect(topic) AS ownerTopics
			}
			// and the fellow members of its groups, once too: read from each candidate, they cost a walk through every
			// candidate's links, most often to find none
			CALL () {
			  MATCH (:Actor {id: $ranking.ownerId})-[:PARTICIPATES_IN {status: 'ACCEPTED'}]->(g:WorkingGroup)
			                 <-[:PARTICIPATES_IN {status: 'ACCEPTED'}]-(fellow:Actor)
			  WHERE g.visibility IN $ranking.visible
			     OR EXISTS { (g)<-[:PARTICIPATES_IN]-(member:Actor) WHERE member.id IN $ranking.ownActors }
			  RETURN collect({actor: fellow.id, group: g.name}) AS fellows
			}
			UNWIND CASE WHEN shortlist = [] THEN [null] ELSE shortlist END AS row
			WITH originIds, total, ownerTopics, fellows, row, row.a AS a
			CALL (a, ownerTopics) {
			  OPTIONAL MATCH (a)-[theirs:INTERESTED_IN]->(topic:Topic)
			  WHERE topic IN ownerTopics AND (theirs.visibility IN $ranking.visible OR a.id IN $ranking.ownActors)
			  RETURN collect(topic.name) AS sharedTopics
			}
			WITH originIds, total, ownerTopics, row, a, sharedTopics,
			     [fellow IN fellows WHERE fellow.actor = a.id | fellow.group] AS sharedGroups
			// Facilitators' marks on other problems of the same category that the caller may see, one vote per problem
			// (its marks for the actor minus those against): a bounded nudge, docs/matchmaking.md "Learning from facilitators".
			CALL (a) {
			  MATCH (a)<-[:OF_ACTOR]-(m:MatchMark)-[:ON_PROBLEM]->(other:Problem)<-[:FACES]-(owner:Actor)
			  WHERE $ranking.markWeight > 0 AND other.category = $ranking.category AND other.id <> $ranking.problemId
			    AND (other.visibility IN $ranking.visible OR owner.id IN $ranking.ownActors)
			  WITH other, sum(CASE WHEN m.relevant THEN 1 ELSE -1 END) AS balance
			  RETURN count(CASE WHEN balance > 0 THEN 1 END) AS approvals, count(CASE WHEN balance < 0 THEN 1 END) AS rejections
			}
			WITH originIds, total, row, a, sharedTopics, sharedGroups, approvals, rejections,
			     CASE WHEN size(sharedTopics) >= 2 THEN 1.0 ELSE size(sharedTopics) / 2.0 END AS willingness,
			     CASE WHEN size(sharedGroups) >= 2 THEN 1.0 ELSE size(sharedGroups) / 2.0 END AS ties,
			     $ranking.markWeight * (approvals - rejections) / (approvals + rejections + 2.0) AS markAdjustment
			WITH originIds, total, row, a, sharedTopics, sharedGroups, willingness, ties, approvals, rejections, markAdjustment,
			     row.partial + $ranking.weights.willingness * willingness + $ranking.weights.existingTies * ties
			     + markAdjustment AS score
			ORDER BY row.tier, row.afield, score DESC, a.name, a.id
			WITH originIds, total, collect(CASE WHEN row IS NULL THEN null ELSE {row: row, a: a, sharedTopics: sharedTopics,
			    sharedGroups: sharedGroups, willingness: willingness, ties: ties, score: score, approvals: approvals,
			    rejections: rejections, markAdjustment: markAdjustment} END)[$ranking.skip..$ranking.skip + $ranking.limit]
			    AS page
			// A page past the end still answers the total.
			UNWIND CASE WHEN page = [] THEN [-1] ELSE range(0, size(page) - 1) END AS position
			WITH originIds, total, position, CASE WHEN position < 0 THEN null ELSE page[position] END AS p
			WITH originIds, total, position, p, p.a AS a, p.row AS row
			// The territory the page's actors share with the problem's place, for the explanation only.
			CALL (a, originIds) {
			  OPTIONAL MATCH <<PATH(a, up)>>
			  WHERE up.id IN originIds
			  WITH up ORDER BY CASE up.level WHEN 'COMMUNE' THEN 0 WHEN 'EPCI' THEN 1 WHEN 'DEPARTEMENT' THEN 2 ELSE 3 END
			  RETURN head(collect(up {.level, .name})) AS place
			}
			// Words for the evidence of the page's actors only.
			WITH total, collect(CASE WHEN p IS NULL THEN null ELSE {position: position, id: a.id, name: a.name,
			    kind: a.kind, sector: a.sector, score: p.score,
			    needScore: row.needScore, textScore: row.textScore, willingness: p.willingness,
			    proximity: row.proximity, ties: p.ties, sharedTopics: p.sharedTopics, sharedGroups: p.sharedGroups,
			    sharedPlace: place, distanceKm: row.distanceKm, furtherAfield: row.afield, approvals: p.approvals,
			    rejections: p.rejections, markAdjustment: p.markAdjustment, textNodes: row.textNodes,
			    coverage: [c IN reduce(all = [], list IN row.coverages | all + list) | {rank: c.rank, strength: c.strength,
			      evidence: [e IN c.evidence | {kind: e.k, match: e.m, node: e.n, reachKm: e.r,
			        counted: <<COUNTED(e, c)>>}]}]} END) AS page
			// What the page's evidence and best texts are, in words: its items and trades are only read now.
			CALL (page) {
			  UNWIND page AS match
			  UNWIND reduce(nodes = match.textNodes, covered IN match.coverage | nodes + [e IN covered.evidence | e.node])
			         AS node
			  WITH DISTINCT node
			  MATCH (n) WHERE elementId(n) = node
			  RETURN collect({node: node, itemId: CASE WHEN n:Item THEN n.id END,
			                  label: CASE WHEN n:Trade THEN n.code + ' ' + n.label ELSE n.name END,
			                  description: CASE WHEN n:Trade OR n:Topic THEN null ELSE n.description END}) AS words
			}
			RETURN total, page, words"""
		.replace("<<TRADE_HOLDERS(1.0, exact)>>", tradeHolders("1.0", "exact"))
		.replace("<<TRADE_HOLDERS(0.4, related)>>", tradeHolders("0.4", "related"))
		// A need many actors meet (a popular topic, a broad NAF division) counts for the nearest of them only.
		.replace("<<ELIGIBLE>>", """
				NOT a.id IN $ranking.exclude AND ($ranking.only IS NULL OR a.id IN $ranking.only) AND ($ranking.kinds IS NULL OR a.kind IN $ranking.kinds)
				AND ($ranking.sectors IS NULL OR a.sector IN $ranking.sectors)
				AND ($ranking.territories IS NULL OR <<INSIDE>>)""")
		.replace("<<MET(c)>>", "any(e IN c.evidence WHERE " + counts("textScore", "inCommon") + ")")
		// the page's evidence says whether it counted, so that a hint is worded as one
		.replace("<<COUNTED(e, c)>>", counts("row.textScore", "row.inCommon"))
		.replace("<<INSIDE>>", InsideTerritories.predicate("a", "$ranking.territories"))
		.replace("<<IN_ORIGIN_REGION>>", InsideTerritories.predicate("a", "[id IN originIds WHERE id STARTS WITH 'region:']"))
		.replace("<<PATH(a, up)>>", InsideTerritories.path("a", "up"))
		// only equipment its actor shares meets a need for equipment
		.replace("<<NEAR_FIRST(EQUIPMENT)>>", nearFirst("(a:Actor)-[:HAS_EQUIPMENT]->(e:Equipment {category: need.value%s, shared: true})",
				"(a:Actor)-[:HAS_EQUIPMENT]->(e:Equipment {category: value, shared: true})",
				"(e:Equipment {category: need.value%s, shared: true})",
				"e.visibility", "a, e", "e:Equipment(category, %s)"))
		.replace("<<NEAR_FIRST(TOPIC)>>", nearFirst("(a:Actor)-[i:INTERESTED_IN {topic: need.value%s}]->(topic:Topic)",
				"(a:Actor)-[i:INTERESTED_IN]->(topic:Topic {key: value})", "()-[i:INTERESTED_IN {topic: need.value%s}]->()",
				"i.visibility", "a, i, topic", "i:INTERESTED_IN(topic, %s)"))
		.replace("<<NEAR_FIRST(TRADE)>>", nearFirstTrade())
		.replace("<<TEXT_HITS(need.query, 300)>>", textHits("need.query", 300))
		.replace("<<TEXT_HITS(query, 500)>>", textHits("query", 500))
		.replace("<<DISTANCE>>", """
				CASE WHEN $ranking.originLocation IS NULL OR a.position IS NULL THEN 1.0e12
				     ELSE point.distance(a.position, point($ranking.originLocation)) END""");

	/**
	 * The holders of a need many actors may meet (an equipment category, a topic), looked for near the problem first:
	 * in its département when that holds {@code perNeed} of them the caller may see, else in its région when that
	 * does, else everywhere. The ranking keeps the {@code perNeed} nearest holders, and reading every holder in the
	 * country to keep them was most of a ranking's time (docs/performance.md); indexes on (category or topic,
	 * département or région), migration V0013, give the holders of one place without the others. Only when the
	 * request does not narrow the candidates (kinds, sectors, territories, chosen actors): otherwise the nearest
	 * holders could all be left out by it, and every holder is read, as before.
	 *
	 * @param ring the pattern of one ring, {@code %s} standing for its place property ({@code , departement: …})
	 * @param everywhere the pattern of all holders, {@code value} standing for the need's value (null when another
	 * ring is chosen)
	 * @param counted the pattern counted to choose the ring, with {@code %s} as in {@code ring}
	 * @param visibility the visibility of what is counted
	 * @param returned the variables each ring returns
	 * @param index the index hint of a ring, {@code %s} standing for the place property
	 */
	private static String nearFirst(String ring, String everywhere, String counted, String visibility, String returned,
			String index) {
		String departement = ", departement: counted";
		String region = ", region: counted";
		String lookup = "OPTIONAL MATCH %s WHERE %s IN $ranking.visible WITH %s AS seen";
		String placed = visibility.substring(0, visibility.indexOf('.'));
		return ringChoice("need", lookup.formatted(counted.formatted(departement), visibility, visibility),
				lookup.formatted(counted.formatted(region), visibility, visibility),
				// the hint: on a store whose régions hold few of them, the planner read a whole category instead
				"OPTIONAL MATCH %s USING INDEX %s WHERE %s.region IN counted AND %s IN $ranking.visible WITH %s AS seen"
					.formatted(counted.formatted(""), index.formatted("region"), placed, visibility, visibility)) + """

				CALL (need, ring, originDepartement, originRegion) {
				  // a ring not chosen seeks no place at all: the planner runs the seeks before the filter on the ring
				  // (a région's 15,719 holders of a popular topic were read and dropped when the département was chosen)
				  WITH need, CASE WHEN ring = 'DEPARTEMENT' THEN originDepartement END AS place
				  MATCH %1$s USING INDEX %3$s
				  RETURN %6$s
				  UNION ALL
				  WITH need, CASE WHEN ring = 'REGION' THEN originRegion END AS place
				  MATCH %2$s USING INDEX %4$s
				  RETURN %6$s
				  UNION ALL
				  WITH need, coalesce(CASE WHEN ring = 'NEIGHBOURHOOD' THEN $ranking.neighbourhoods[originRegion] END, [])
				       AS places
				  MATCH %7$s USING INDEX %4$s WHERE %8$s.region IN places
				  RETURN %6$s
				  UNION ALL
				  WITH need, CASE WHEN ring = 'EVERYWHERE' THEN need.value END AS value
				  MATCH %5$s
				  RETURN %6$s
				}""".formatted(ring.formatted(", departement: place"), ring.formatted(", region: place"),
				index.formatted("departement"), index.formatted("region"), everywhere, returned, ring.formatted(""),
				placed);
	}

	/**
	 * Which ring a need's holders are read in ({@code ring}): the problem's département when it holds {@code perNeed}
	 * of them, else its région when it does, else its région's neighbourhood when that does ({@code
	 * $ranking.neighbourhoods}: the région and the nearest others, {@code RegionNeighbourhoods}), else everywhere;
	 * everywhere too for a narrowed request. Without the neighbourhood, a problem in a région of few people (Corsica,
	 * an overseas région) read every holder of a common trade in the country, 17,760 of them at 1,000,000 actors, to
	 * keep its nearest 250: the slowest rankings there (docs/performance.md).
	 *
	 * @param imported the variable the lookups need (the need, or its codes)
	 * @param inDepartement a lookup of the holders in the département {@code counted}, each as {@code seen}
	 * @param inRegion the same in the région {@code counted}
	 * @param inNeighbourhood the same in the régions {@code counted} (a list)
	 */
	private static String ringChoice(String imported, String inDepartement, String inRegion, String inNeighbourhood) {
		return """
				CALL (%1$s, originDepartement, originRegion) {
				  // a count not needed reads nothing (its place is null): none for a narrowed request, the région's
				  // only when the département falls short
				  CALL (%1$s, originDepartement) {
				    WITH %1$s, CASE WHEN NOT $ranking.narrowed THEN originDepartement END AS counted
				    %2$s
				    WITH seen LIMIT $ranking.perNeed
				    RETURN count(seen) AS inDepartement
				  }
				  CALL (%1$s, originRegion, inDepartement) {
				    WITH %1$s, CASE WHEN NOT $ranking.narrowed AND inDepartement < $ranking.perNeed THEN originRegion END
				         AS counted
				    %3$s
				    WITH seen LIMIT $ranking.perNeed
				    RETURN count(seen) AS inRegion
				  }
				  CALL (%1$s, originRegion, inDepartement, inRegion) {
				    WITH %1$s, coalesce(CASE WHEN NOT $ranking.narrowed AND originRegion IS NOT NULL
				                                  AND inDepartement < $ranking.perNeed AND inRegion < $ranking.perNeed
				                             THEN $ranking.neighbourhoods[originRegion] END, []) AS counted
				    %4$s
				    WITH seen LIMIT $ranking.perNeed
				    RETURN count(seen) AS inNeighbourhood
				  }
				  RETURN CASE WHEN $ranking.narrowed OR originDepartement IS NULL THEN 'EVERYWHERE'
				              WHEN inDepartement >= $ranking.perNeed THEN 'DEPARTEMENT'
				              WHEN inRegion >= $ranking.perNeed THEN 'REGION'
				              WHEN inNeighbourhood >= $ranking.perNeed THEN 'NEIGHBOURHOOD' ELSE 'EVERYWHERE' END AS ring
				}""".formatted(imported, inDepartement, inRegion, inNeighbourhood);
	}

	/**
	 * The nearest eligible holders of the NAF codes {@code codes}, each as evidence of this strength, found this way
	 * ({@code exact}: the need's own codes; {@code related}: its neighbours). Its tokens are replaced after it.
	 */
	private static String tradeHolders(String strength, String match) {
		return """
				<<NEAR_FIRST(TRADE)>>
				WITH a, t WHERE <<ELIGIBLE>>
				WITH a, t ORDER BY <<DISTANCE>>, a.id LIMIT $ranking.perNeed
				// a trade that serves only its surroundings (a heat network: $ranking.reach, TradeReach), held further
				// than its reach, is a hint as a neighbouring trade is
				WITH a, t, CASE WHEN '%2$s' = 'exact' AND $ranking.originLocation IS NOT NULL AND a.position IS NOT NULL
				                 AND point.distance(a.position, point($ranking.originLocation)) > $ranking.reach[t.code] * 1000.0
				            THEN 'beyond' ELSE '%2$s' END AS found
				RETURN a, CASE WHEN found = 'beyond' THEN 0.4 ELSE %1$s END AS strength,
				       {k: 'CORE_TRADE', m: found, n: elementId(t), r: CASE WHEN found = 'beyond' THEN $ranking.reach[t.code] END}
				       AS evidence""".formatted(strength, match);
	}

	/**
	 * The holders ({@code a}, {@code t}) of any of the NAF codes {@code codes}, looked for near the problem first, as
	 * {@link #nearFirst} does for equipment and topics: core-trade links carry the code and their actor's département
	 * and région (migration V0016), so that the links of one place are read without the others. A core trade is
	 * public: every holder counts.
	 */
	private static String nearFirstTrade() {
		return ringChoice("codes",
				"OPTIONAL MATCH ()-[r:HAS_CORE_TRADE]->() WHERE r.trade IN codes AND r.departement = counted WITH r AS seen",
				"OPTIONAL MATCH ()-[r:HAS_CORE_TRADE]->() WHERE r.trade IN codes AND r.region = counted WITH r AS seen",
				"OPTIONAL MATCH ()-[r:HAS_CORE_TRADE]->() USING INDEX r:HAS_CORE_TRADE(trade, region)"
						+ " WHERE r.trade IN codes AND r.region IN counted WITH r AS seen")
				+ """

				CALL (codes, ring, originDepartement, originRegion) {
				  // a ring not chosen seeks no place at all: the planner runs the seeks before the filter on the ring
				  WITH codes, CASE WHEN ring = 'DEPARTEMENT' THEN originDepartement END AS place
				  MATCH (a:Actor)-[r:HAS_CORE_TRADE]->(t:Trade) USING INDEX r:HAS_CORE_TRADE(trade, departement)
				  WHERE r.trade IN codes AND r.departement = place
				  RETURN a, t
				  UNION ALL
				  WITH codes, CASE WHEN ring = 'REGION' THEN originRegion END AS place
				  MATCH (a:Actor)-[r:HAS_CORE_TRADE]->(t:Trade) USING INDEX r:HAS_CORE_TRADE(trade, region)
				  WHERE r.trade IN codes AND r.region = place
				  RETURN a, t
				  UNION ALL
				  WITH codes, coalesce(CASE WHEN ring = 'NEIGHBOURHOOD' THEN $ranking.neighbourhoods[originRegion] END, [])
				       AS places
				  MATCH (a:Actor)-[r:HAS_CORE_TRADE]->(t:Trade) USING INDEX r:HAS_CORE_TRADE(trade, region)
				  WHERE r.trade IN codes AND r.region IN places
				  RETURN a, t
				  UNION ALL
				  WITH CASE WHEN ring = 'EVERYWHERE' THEN codes ELSE [] END AS everywhere
				  MATCH (t:Trade)<-[:HAS_CORE_TRADE]-(a:Actor) WHERE t.code IN everywhere
				  RETURN a, t
				}""";
	}

	/**
	 * Whether a piece of evidence {@code e} of the coverage {@code c} of actor {@code a} counts as the need met, its
	 * actor's words in common weighing {@code textScore} and numbering {@code inCommon}: not a neighbouring trade nor one
	 * beyond its reach, not one word of a description, and not a trade code or an equipment category alone under their
	 * words floors or with fewer than {@code $ranking.wordsInCommon} words in common (the comment on {@code meets}
	 * above says why).
	 */
	private static String counts(String textScore, String inCommon) {
		return """
				NOT e.m IN ['related', 'beyond'] AND (e.k <> 'DESCRIPTION' OR e.two)
				AND (e.k <> 'CORE_TRADE' OR $ranking.needs[c.rank].tradeItself OR $ranking.textQuery IS NULL
				     OR %1$s >= $ranking.codeWordsFloor AND %2$s >= $ranking.wordsInCommon
				     OR coalesce(trim(a.description), '') = '')
				AND (e.k <> 'EQUIPMENT' OR e.m <> 'exact' OR $ranking.textQuery IS NULL
				     OR %1$s >= $ranking.categoryWordsFloor AND %2$s >= $ranking.wordsInCommon
				     OR coalesce(trim(a.description), '') = '')"""
			.formatted(textScore, inCommon);
	}

	/**
	 * Full-text hits ({@code node}, {@code score}, {@code own}) for a query, bounded: in the index of the caller's
	 * audience ({@code $ranking.textIndex}, see {@code TextAudience}), where hidden text neither weighs in the statistics nor
	 * takes a visible hit's place; and, for the caller's own actors' items that audience may not see, in the index of
	 * every item ({@code own}: their scores come from other statistics).
	 */
	private static String textHits(String query, int limit) {
		return """
				CALL db.index.fulltext.queryNodes($ranking.textIndex, %1$s, {limit: %2$d}) YIELD node, score
				      RETURN node, score, false AS own
				      UNION
				      WITH %1$s AS ownQuery WHERE size($ranking.ownActors) > 0
				      CALL db.index.fulltext.queryNodes('%3$s', ownQuery, {limit: %2$d}) YIELD node, score
				      WHERE EXISTS { (mine:Actor)-[:HAS_KNOW_HOW|HAS_EQUIPMENT]->(node) WHERE mine.id IN $ranking.ownActors }
				      RETURN node, score, true AS own""".formatted(query, limit, TextAudience.EVERYONE.directoryIndex());
	}

	private final Neo4jClient neo4j;

	MatchQueries(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/** The statement {@link #rank} runs, for the benchmark that times it bare (Matchmaking#rawRanking). */
	public static String rankingStatement() {
		return RANKING;
	}

	/** The total number of candidates and the requested page of them, as rows of {@link #RANKING}. */
	public RankedRows rank(Map<String, Object> parameters) {
		return this.neo4j.query(RANKING)
			.bindAll(parameters)
			.fetchAs(RankedRows.class)
			.mappedBy((types, row) -> new RankedRows(row.get("total").asLong(), row.get("page")
				.asList(value -> value)
				.stream()
				.sorted(Comparator.comparingLong(match -> match.get("position").asLong()))
				.map(MatchQueries::rankedActor)
				.toList(), words(row.get("words"))))
			.one()
			.orElse(new RankedRows(0, List.of(), Map.of()));
	}

	private static RankedActor rankedActor(Value row) {
		Value place = row.get("sharedPlace");
		return new RankedActor(row.get("id").asString(), row.get("name").asString(), row.get("kind").asString(),
				row.get("sector").asString(), number(row, "needScore"), number(row, "textScore"),
				number(row, "willingness"), number(row, "proximity"), number(row, "ties"),
				row.get("sharedTopics").asList(Value::asString), row.get("sharedGroups").asList(Value::asString),
				place.isNull() ? null : new SharedPlace(place.get("level").asString(), place.get("name").asString()),
				row.get("distanceKm").isNull() ? null : row.get("distanceKm").asDouble(),
				row.get("furtherAfield").asBoolean(false), row.get("approvals").asLong(0),
				row.get("rejections").asLong(0), number(row, "markAdjustment"),
				row.get("textNodes").isNull() ? List.of() : row.get("textNodes").asList(Value::asString),
				row.get("coverage").asList(covered -> new CoveredNeed(covered.get("rank").asInt(),
						covered.get("strength").asDouble(), covered.get("evidence")
							.asList(evidence -> new EvidenceRow(evidence.get("kind").asString(),
									evidence.get("match").asString(), evidence.get("node").asString(),
									evidence.get("reachKm").isNull() ? null : evidence.get("reachKm").asInt(),
									evidence.get("counted").asBoolean(true))))));
	}

	private static double number(Value row, String key) {
		Value value = row.get(key);
		return value.isNull() ? 0 : value.asDouble();
	}

	private static Map<String, EvidenceWords> words(Value rows) {
		Map<String, EvidenceWords> words = new HashMap<>();
		rows.asList(value -> value)
			.forEach(row -> words.put(row.get("node").asString(), new EvidenceWords(row.get("itemId").asString(null),
					row.get("label").asString(null), row.get("description").asString(null))));
		return words;
	}

	/**
	 * A problem the caller may see: its actor, that actor's commune and location, its text, its stated needs (kind,
	 * value, essential, label) in order; empty when there is none or the caller may not see it. One round trip, since
	 * every ranking starts with it.
	 */
	public Optional<ProblemToRank> problem(String problemId, ReadScope scope) {
		return this.neo4j.query("""
				MATCH (a:Actor)-[:FACES]->(p:Problem {id: $problemId})
				WHERE p.visibility IN $visible OR a.id IN $ownActors
				OPTIONAL MATCH (a)-[:LOCATED_IN]->(c:Commune)
				CALL (p) {
				  OPTIONAL MATCH (p)-[:HAS_NEED]->(n:Need)
				  WITH n ORDER BY n.rank
				  OPTIONAL MATCH (t:Trade {code: n.value}) WHERE n.kind = 'TRADE'
				  OPTIONAL MATCH (topic:Topic {key: n.value}) WHERE n.kind = 'TOPIC'
				  RETURN collect(n {.kind, .value, .essential, label: coalesce(t.label, topic.name)}) AS needs
				}
				// actors facilitators rejected for this problem (more marks against than for) leave its ranking
				CALL (p) {
				  MATCH (p)<-[:ON_PROBLEM]-(m:MatchMark)-[:OF_ACTOR]->(marked:Actor)
				  WITH marked, sum(CASE WHEN m.relevant THEN 1 ELSE -1 END) AS balance
				  WHERE balance < 0
				  RETURN collect(marked.id) AS rejected
				}
				RETURN a.id AS ownerId, c.id AS communeId, a.position AS location, p.title AS title, p.category AS category,
				       rejected,
				       [(a)-[:HAS_CORE_TRADE]->(own:Trade) | own.code] AS ownTrades,
				       // the owner's equipment the caller may see: whether a category is inferred must not tell of hidden items
				       [(a)-[:HAS_EQUIPMENT]->(e:Equipment) WHERE e.visibility IN $visible OR a.id IN $ownActors | e.category]
				         AS ownEquipment,
				       p.description AS description, needs,
				       // the names of its place: the ranking measures nearness, a shared « Rodez » is no word of the subject
				       CASE WHEN c IS NULL THEN [] ELSE [(c)-[:PART_OF*0..2]->(up:Territory) | up.name] END AS places""")
			.bindAll(Map.of("problemId", problemId, "visible", scope.visibleLevels(), "ownActors",
					scope.ownActorIds()))
			.fetchAs(ProblemToRank.class)
			.mappedBy((types, row) -> new ProblemToRank(row.get("ownerId").asString(),
					row.get("communeId").asString(null), row.get("location").isNull() ? null : row.get("location").asPoint(),
					row.get("title").asString(), row.get("description").asString(null), row.get("category").asString(null),
					row.get("rejected").asList(Value::asString), row.get("ownTrades").asList(Value::asString),
					row.get("ownEquipment").asList(Value::asString),
					row.get("needs").asList(need -> new StatedNeed(need.get("kind").asString(), need.get("value").asString(),
							need.get("essential").asBoolean(false), need.get("label").asString(null))),
					row.get("places").asList(Value::asString)))
			.one();
	}

	/**
	 * Where these actors might say they have capacity to spare: their own descriptions and the problems they face
	 * that the caller may see (title and description), by actor id; read by {@link SpareCapacity}. At most the
	 * 100 problems an actor may have, for the few candidates of a conglomerate's step.
	 */
	public Map<String, List<OwnWords>> ownWords(List<String> actorIds, ReadScope scope) {
		return this.neo4j.query("""
				UNWIND $actorIds AS actorId
				MATCH (a:Actor {id: actorId})
				RETURN a.id AS actorId, a.description AS description,
				       [(a)-[:FACES]->(p:Problem) WHERE p.visibility IN $visible OR a.id IN $ownActors
				        | {title: p.title, description: p.description}] AS problems""")
			.bindAll(Map.of("actorIds", actorIds, "visible", scope.visibleLevels(), "ownActors", scope.ownActorIds()))
			.fetchAs(ActorTexts.class)
			.mappedBy((types, row) -> {
				List<OwnWords> texts = new ArrayList<>();
				for (Value problem : row.get("problems").values()) {
					String title = problem.get("title").asString();
					texts.add(new OwnWords(title, title + ". " + problem.get("description").asString("")));
				}
				if (!row.get("description").isNull()) {
					texts.add(new OwnWords(null, row.get("description").asString()));
				}
				return new ActorTexts(row.get("actorId").asString(), texts);
			})
			.all()
			.stream()
			.collect(java.util.stream.Collectors.toMap(ActorTexts::actorId, ActorTexts::texts));
	}

	private record ActorTexts(String actorId, List<OwnWords> texts) {
	}

	/**
	 * How many public texts (actors' descriptions, know-how, equipment) use a word, counted up to {@code cap}: a
	 * bounded lookup in the public audience's index ({@link TermRarity}). The word is letters and digits only.
	 */
	public long publicTextsUsing(String word, long cap) {
		return this.neo4j.query("""
				CALL db.index.fulltext.queryNodes($index, $word, {limit: $cap}) YIELD node
				RETURN count(node)""")
			.bindAll(Map.of("index", TextAudience.PUBLIC.directoryIndex(), "word", word, "cap", cap))
			.fetchAs(Long.class)
			.one()
			.orElse(0L);
	}

	/**
	 * The same for several words in one statement, by word: one lookup each still, without a round trip each.
	 */
	public Map<String, Long> publicTextsUsing(Collection<String> words, long cap) {
		Map<String, Long> counts = new HashMap<>();
		this.neo4j.query("""
				UNWIND $words AS word
				CALL (word) {
				  CALL db.index.fulltext.queryNodes($index, word, {limit: $cap}) YIELD node
				  RETURN count(node) AS texts
				}
				RETURN word, texts""")
			.bindAll(Map.of("index", TextAudience.PUBLIC.directoryIndex(), "words", List.copyOf(words), "cap", cap))
			.fetch()
			.all()
			.forEach(row -> counts.put((String) row.get("word"), (Long) row.get("texts")));
		return counts;
	}

	/** How many texts the directory indexes (actors, know-how, equipment), from the database's count store. */
	public long textCount() {
		return this.neo4j.query("""
				CALL () { MATCH (a:Actor) RETURN count(a) AS actors }
				CALL () { MATCH (k:KnowHow) RETURN count(k) AS knowHow }
				CALL () { MATCH (e:Equipment) RETURN count(e) AS equipment }
				RETURN actors + knowHow + equipment""").fetchAs(Long.class).one().orElse(0L);
	}

	/**
	 * The wordings rankings ask the rarity of, the most used first: the know-how needs of problems not solved, and
	 * their titles (what needs are inferred from when none is stated). Any problem's, whoever may see it: only whether
	 * a word is rare among public texts is kept from them ({@code TermRarity}).
	 */
	public List<String> problemWordings(int limit) {
		return List.copyOf(this.neo4j.query("""
				CALL () {
				  MATCH (p:Problem)-[:HAS_NEED]->(need:Need {kind: 'KNOW_HOW'}) WHERE p.status <> 'SOLVED'
				  RETURN need.value AS wording
				  UNION ALL
				  MATCH (p:Problem) WHERE p.status <> 'SOLVED'
				  RETURN p.title AS wording
				}
				WITH wording, count(*) AS uses WHERE wording IS NOT NULL
				RETURN wording ORDER BY uses DESC, wording LIMIT $limit""")
			.bind(limit)
			.to("limit")
			.fetchAs(String.class)
			.all());
	}

	/** Some problem, any: what the warm-up ranks for. */
	public Optional<String> anyProblem() {
		return this.neo4j.query("MATCH (p:Problem) RETURN p.id LIMIT 1").fetchAs(String.class).one();
	}

	/**
	 * Topics whose key appears as whole words in a normalised text (a problem's words, between spaces): the topics it
	 * is about. Whole words: "transport" does not mention the topic "sport".
	 */
	public List<TopicName> topicsIn(String normalisedText) {
		return List.copyOf(this.neo4j.query("""
				MATCH (t:Topic) WHERE size(t.key) > 3 AND $text CONTAINS ' ' + t.key + ' '
				RETURN t.key AS key, t.name AS name ORDER BY size(t.key) DESC, t.key LIMIT 5""")
			.bind(normalisedText)
			.to("text")
			.fetchAs(TopicName.class)
			.mappedBy((types, row) -> new TopicName(row.get("key").asString(), row.get("name").asString()))
			.all());
	}

	/**
	 * Each région with where its people live (the centre of its communes weighted by their population; NaN when no
	 * commune of it has a known centre) and how many actors the directory holds there.
	 */
	public List<RegionCentre> regionCentres() {
		return List.copyOf(this.neo4j.query("""
				MATCH (r:Region)
				CALL (r) {
				  MATCH (c:Commune)-[:PART_OF*1..2]->(r) WHERE c.location IS NOT NULL
				  WITH DISTINCT c, toFloat(coalesce(c.population, 0)) + 1.0 AS weight
				  RETURN sum(weight) AS weights, sum(weight * c.location.latitude) AS latitudes,
				         sum(weight * c.location.longitude) AS longitudes
				}
				CALL (r) {
				  MATCH (e:DirectoryEntry) WHERE e.region = r.id AND e.name IS NOT NULL AND e.actorId IS NOT NULL
				  RETURN count(e) AS actors
				}
				RETURN r.id AS id, actors, CASE WHEN weights > 0 THEN latitudes / weights END AS latitude,
				       CASE WHEN weights > 0 THEN longitudes / weights END AS longitude
				ORDER BY id""")
			.fetchAs(RegionCentre.class)
			.mappedBy((types, row) -> new RegionCentre(row.get("id").asString(), row.get("actors").asLong(),
					row.get("latitude").isNull() ? Double.NaN : row.get("latitude").asDouble(),
					row.get("longitude").isNull() ? Double.NaN : row.get("longitude").asDouble()))
			.all());
	}

	/** The labels of NAF groups, classes and subclasses: how common each word is among them ({@link LabelRarity}). */
	public List<String> tradeLabels() {
		return List.copyOf(this.neo4j.query("""
				MATCH (t:Trade) WHERE t.level IN ['GROUP', 'CLASS', 'SUBCLASS'] RETURN t.label""")
			.fetchAs(String.class)
			.all());
	}

	/** The trades whose labels best match a Lucene query, classes and subclasses first: trades a text is about. */
	public List<TradeHit> tradesAbout(String query, int limit) {
		return List.copyOf(this.neo4j.query("""
				CALL db.index.fulltext.queryNodes('trade_text', $query, {limit: 40}) YIELD node, score
				WHERE node.level IN ['GROUP', 'CLASS', 'SUBCLASS']
				WITH collect({code: node.code, label: node.label, score: score}) AS hits, max(score) AS top
				UNWIND hits AS hit
				WITH hit WHERE hit.score >= 0.6 * top
				RETURN hit.code AS code, hit.label AS label, hit.score AS score
				ORDER BY score DESC, code LIMIT $limit""")
			.bindAll(Map.of("query", query, "limit", limit))
			.fetchAs(TradeHit.class)
			.mappedBy((types, row) -> new TradeHit(row.get("code").asString(), row.get("label").asString(),
					row.get("score").asDouble()))
			.all());
	}

}
