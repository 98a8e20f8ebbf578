// Value chains: ordered steps, each with what it needs. Two are shipped; facilitators and decision-makers edit
// them (and add others) through the API afterwards, which this migration never overwrites: it runs once.
CREATE CONSTRAINT value_chain_id_unique IF NOT EXISTS FOR (n:ValueChain) REQUIRE n.id IS UNIQUE;
CREATE INDEX value_chain_name IF NOT EXISTS FOR (n:ValueChain) ON (n.name);
MERGE (chain:ValueChain {id: 'rare-earth-magnet-recycling'})
ON CREATE SET chain.version = 0, chain.createdAt = datetime(), chain.updatedAt = datetime(),
  chain.name = 'Recyclage des aimants permanents à terres rares',
  chain.description = 'De la collecte des moteurs et aimants en fin de vie à de nouveaux aimants néodyme-fer-bore pour l\'industrie locale.'
WITH chain WHERE NOT EXISTS { (chain)-[:HAS_STEP]->() }
UNWIND [
  {rank: 1, name: 'Collecte', description: 'Collecter moteurs, disques durs, éoliennes et équipements en fin de vie contenant des aimants.',
   needs: [{kind: 'TRADE', value: '38.1', essential: true}, {kind: 'EQUIPMENT_CATEGORY', value: 'LOGISTICS_TRANSPORT', essential: false},
           {kind: 'KNOW_HOW', value: 'collecte déchets équipements électriques DEEE', essential: false}]},
  {rank: 2, name: 'Démantèlement', description: 'Désassembler les équipements et extraire les aimants.',
   needs: [{kind: 'EQUIPMENT_CATEGORY', value: 'RECYCLING_SORTING', essential: true}, {kind: 'TRADE', value: '38.3', essential: false},
           {kind: 'KNOW_HOW', value: 'démantèlement désassemblage moteurs aimants', essential: false}]},
  {rank: 3, name: 'Séparation et raffinage', description: 'Séparer et purifier les terres rares (néodyme, praséodyme, dysprosium).',
   needs: [{kind: 'KNOW_HOW', value: 'hydrométallurgie séparation terres rares', essential: true},
           {kind: 'EQUIPMENT_CATEGORY', value: 'CHEMICAL_PROCESSING', essential: true}, {kind: 'TRADE', value: '20.13', essential: false},
           {kind: 'TRADE', value: '24.45Z', essential: false}]},
  {rank: 4, name: 'Fabrication d\'alliages et d\'aimants', description: 'Élaborer les alliages, fritter et aimanter de nouveaux aimants.',
   needs: [{kind: 'EQUIPMENT_CATEGORY', value: 'FURNACE_THERMAL', essential: true}, {kind: 'TRADE', value: '24.45Z', essential: false},
           {kind: 'TRADE', value: '25.50', essential: false}, {kind: 'KNOW_HOW', value: 'alliages aimants frittage métallurgie des poudres', essential: false}]},
  {rank: 5, name: 'Usage', description: 'Intégrer les aimants dans des moteurs électriques et des équipements automobiles.',
   needs: [{kind: 'TRADE', value: '27.11Z', essential: true}, {kind: 'TRADE', value: '29.31Z', essential: false},
           {kind: 'KNOW_HOW', value: 'moteurs électriques aimants permanents', essential: false}]}
] AS step
CREATE (chain)-[:HAS_STEP]->(s:ValueChainStep {rank: step.rank, name: step.name, description: step.description})
WITH s, step
UNWIND range(0, size(step.needs) - 1) AS i
CREATE (s)-[:HAS_NEED]->(:Need {kind: step.needs[i].kind, value: step.needs[i].value, essential: step.needs[i].essential, rank: i});
MERGE (chain:ValueChain {id: 'short-food-supply-chain'})
ON CREATE SET chain.version = 0, chain.createdAt = datetime(), chain.updatedAt = datetime(),
  chain.name = 'Circuit alimentaire de proximité',
  chain.description = 'Des fermes du territoire aux assiettes de la restauration collective et des commerces locaux.'
WITH chain WHERE NOT EXISTS { (chain)-[:HAS_STEP]->() }
UNWIND [
  {rank: 1, name: 'Production', description: 'Produire légumes, fruits, viandes et produits laitiers sur le territoire.',
   needs: [{kind: 'TRADE', value: '01', essential: true}, {kind: 'KNOW_HOW', value: 'maraîchage élevage production agricole locale', essential: false}]},
  {rank: 2, name: 'Transformation', description: 'Laver, éplucher, découper, cuisiner et conditionner.',
   needs: [{kind: 'EQUIPMENT_CATEGORY', value: 'AGRI_FOOD_PROCESSING', essential: true}, {kind: 'TRADE', value: '10', essential: false},
           {kind: 'KNOW_HOW', value: 'légumerie transformation conserverie', essential: false}]},
  {rank: 3, name: 'Logistique du froid', description: 'Stocker et transporter en froid positif et négatif.',
   needs: [{kind: 'EQUIPMENT_CATEGORY', value: 'COLD_STORAGE', essential: true}, {kind: 'TRADE', value: '52.10A', essential: false},
           {kind: 'TRADE', value: '49.41', essential: false}]},
  {rank: 4, name: 'Distribution', description: 'Servir la restauration collective et vendre aux habitants.',
   needs: [{kind: 'TRADE', value: '56.29', essential: false}, {kind: 'TRADE', value: '47.2', essential: false},
           {kind: 'KNOW_HOW', value: 'restauration collective vente directe distribution', essential: true}]}
] AS step
CREATE (chain)-[:HAS_STEP]->(s:ValueChainStep {rank: step.rank, name: step.name, description: step.description})
WITH s, step
UNWIND range(0, size(step.needs) - 1) AS i
CREATE (s)-[:HAS_NEED]->(:Need {kind: step.needs[i].kind, value: step.needs[i].value, essential: step.needs[i].essential, rank: i});
