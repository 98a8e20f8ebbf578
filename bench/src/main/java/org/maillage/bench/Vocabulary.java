package org.maillage.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The French words synthetic actors are written with, grouped by families of NAF divisions, so that an actor's
 * know-how, equipment and problems fit its core trade and the directory's full-text search finds plausible
 * things. Problems state needs that other families can meet (a foundry's scrap needs a recycler), which is what
 * matchmaking has to find.
 */
final class Vocabulary {

	record Skill(String name, String description) {
	}

	record EquipmentModel(String name, String category, String capacity) {
	}

	/** A need as a problem states it; TOPIC values are topic names, keyed when written. */
	record NeedModel(String kind, String value) {
	}

	record ProblemModel(String category, String title, String description, List<NeedModel> needs) {
	}

	/**
	 * @param activities words a company of this family puts in its name ("Chaudronnerie Martin")
	 */
	record Family(String key, List<String> divisions, List<String> activities, List<Skill> skills,
			List<EquipmentModel> equipment, List<ProblemModel> problems) {
	}

	static final List<Family> FAMILIES = List.of(
			new Family("METAL", List.of("24", "25", "28", "33"),
					List.of("Mécanique", "Usinage", "Chaudronnerie", "Métallerie", "Tôlerie", "Fonderie", "Forges",
							"Décolletage", "Traitement de surface"),
					List.of(skill("Usinage CN 5 axes", "Usinage de pièces complexes en aluminium, inox et titane sur centres 5 axes."),
							skill("Soudage TIG et MIG", "Soudage manuel et robotisé de l'acier, de l'inox et de l'aluminium, soudeurs qualifiés."),
							skill("Traitement thermique des aciers", "Trempe, revenu, cémentation et recuit sous atmosphère contrôlée."),
							skill("Découpe laser de tôles", "Découpe laser fibre de tôles jusqu'à 25 mm et pliage à commande numérique."),
							skill("Chaudronnerie industrielle", "Fabrication de cuves, trémies et structures mécano-soudées sur plan."),
							skill("Fonderie d'aluminium", "Moulage sable et coquille de pièces en alliages d'aluminium, de 1 à 200 kg."),
							skill("Traitement de surface des métaux", "Anodisation, zingage, phosphatation et peinture poudre des pièces métalliques."),
							skill("Contrôle non destructif", "Contrôle par ultrasons, ressuage et magnétoscopie des soudures et pièces forgées."),
							skill("Maintenance industrielle", "Maintenance préventive et curative des machines de production, diagnostic vibratoire."),
							skill("Recyclage de l'aluminium", "Tri et refonte des copeaux et chutes d'aluminium en lingots.")),
					List.of(equipment("Centre d'usinage 5 axes", "MACHINING", "Courses 800 x 600 x 500 mm"),
							equipment("Machine de découpe laser fibre 6 kW", "MACHINING", "Tôles 3 000 x 1 500 mm, 25 mm d'acier"),
							equipment("Four de traitement thermique", "FURNACE_THERMAL", "Jusqu'à 1 100 °C, 2 t par charge"),
							equipment("Four de fusion de l'aluminium", "FURNACE_THERMAL", "500 kg par coulée"),
							equipment("Cabine de peinture poudre", "WORKSHOP_SPACE", "Pièces jusqu'à 6 m"),
							equipment("Imprimante 3D métal par fusion laser", "ADDITIVE_MANUFACTURING", "Plateau 250 x 250 x 300 mm")),
					List.of(problem("SUPPLY", "Recycler nos copeaux et chutes d'aluminium",
									"Nous produisons 80 t de copeaux d'aluminium par an, revendus à bas prix. Nous cherchons une filière locale de refonte.",
									trade("38.32"), trade("24"), knowHow("recyclage de l'aluminium"), equipmentNeed("RECYCLING_SORTING"),
									topic("économie circulaire"), topic("recyclage des métaux")),
							problem("EMPLOYMENT", "Pénurie de soudeurs qualifiés",
									"Nos postes de soudeurs restent vacants plus de six mois ; nous voulons monter une formation qualifiante avec des partenaires.",
									trade("85.59"), knowHow("soudage TIG"), trade("78"), topic("attractivité des métiers"), topic("apprentissage")),
							problem("INDUSTRY", "Sous-traiter le traitement thermique de nos pièces",
									"Notre four est saturé ; nous cherchons un partenaire de traitement thermique à moins de 100 km.",
									trade("25.61"), knowHow("traitement thermique"), equipmentNeed("FURNACE_THERMAL"), trade("24"),
									topic("relocalisation industrielle")),
							problem("INNOVATION", "Passer à la fabrication additive métal",
									"Nous voulons produire des pièces de rechange en petite série par impression 3D métal.",
									knowHow("fabrication additive métal"), equipmentNeed("ADDITIVE_MANUFACTURING"), trade("72.19"),
									trade("25.62"), topic("industrie 4.0")))),
			new Family("PLASTICS", List.of("22", "32"),
					List.of("Plasturgie", "Plastiques", "Composites", "Moules", "Injection"),
					List.of(skill("Injection plastique", "Injection de pièces techniques en polypropylène, polyamide et ABS, de 50 à 800 tonnes."),
							skill("Extrusion de profilés", "Extrusion de profilés et de tubes en PVC et polyéthylène."),
							skill("Thermoformage", "Thermoformage de plaques et de films pour emballages et carters."),
							skill("Moulage de composites", "Moulage de pièces en fibres de verre et de carbone, infusion et RTM."),
							skill("Recyclage des plastiques", "Broyage, lavage et régénération de polymères de post-production."),
							skill("Conception de moules", "Conception et fabrication de moules d'injection, simulation du remplissage."),
							skill("Emballages recyclables", "Conception d'emballages monomatériaux recyclables et allégés.")),
					List.of(equipment("Presse à injecter 500 t", "MACHINING", "Pièces jusqu'à 3 kg"),
							equipment("Ligne de broyage et de régénération", "RECYCLING_SORTING", "300 kg/h"),
							equipment("Autoclave composites", "FURNACE_THERMAL", "Diamètre 1,5 m, 180 °C"),
							equipment("Imprimante 3D filament grand format", "ADDITIVE_MANUFACTURING", "1 m³")),
					List.of(problem("SUSTAINABILITY", "Intégrer des plastiques recyclés dans nos pièces",
									"Nos clients exigent 30 % de matière recyclée ; nous cherchons des régénérateurs et un laboratoire d'essais.",
									trade("38.32"), knowHow("recyclage des plastiques"), equipmentNeed("LABORATORY_ANALYSIS"),
									trade("72.19"), topic("économie circulaire"), topic("écoconception")),
							problem("ENERGY", "Réduire la consommation électrique des presses",
									"Nos presses hydrauliques consomment 60 % de notre électricité ; nous voulons un audit et des solutions.",
									knowHow("audit énergétique"), trade("71.12"), equipmentNeed("ENERGY"), topic("efficacité énergétique")))),
			new Family("CHEMISTRY", List.of("19", "20", "21"),
					List.of("Chimie", "Formulation", "Laboratoires", "Peintures", "Pharma"),
					List.of(skill("Formulation de peintures et vernis", "Formulation de revêtements en phase aqueuse à faible teneur en COV."),
							skill("Synthèse organique", "Synthèse de molécules fines à l'échelle du kilogramme."),
							skill("Chimie verte", "Procédés biosourcés et solvants de substitution."),
							skill("Analyse chromatographique", "Chromatographie en phase gazeuse et liquide, spectrométrie de masse."),
							skill("Traitement des effluents chimiques", "Neutralisation et concentration des effluents de production."),
							skill("Réglementation REACH", "Enregistrement des substances et fiches de données de sécurité.")),
					List.of(equipment("Réacteur pilote 100 L", "CHEMICAL_PROCESSING", "100 L, -20 à 200 °C"),
							equipment("Chromatographe en phase gazeuse couplé masse", "LABORATORY_ANALYSIS", "200 échantillons par semaine"),
							equipment("Salle blanche ISO 7", "WORKSHOP_SPACE", "80 m²"),
							equipment("Évaporateur sous vide", "CHEMICAL_PROCESSING", "500 L/h")),
					List.of(problem("REGULATION", "Substituer un solvant classé CMR",
									"Un solvant de notre procédé sera interdit ; nous cherchons une alternative et un laboratoire pour la valider.",
									knowHow("chimie verte"), trade("72.19"), equipmentNeed("LABORATORY_ANALYSIS"), trade("20"),
									topic("chimie biosourcée")),
							problem("SUSTAINABILITY", "Valoriser nos effluents de production",
									"Nos effluents contiennent des solvants récupérables ; leur traitement externe coûte cher.",
									knowHow("traitement des effluents"), trade("39"), equipmentNeed("CHEMICAL_PROCESSING"),
									trade("37"), topic("eau")))),
			new Family("FOOD", List.of("10", "11", "12"),
					List.of("Conserverie", "Fromagerie", "Brasserie", "Salaisons", "Biscuiterie", "Distillerie"),
					List.of(skill("Transformation laitière", "Fabrication de fromages et de produits laitiers à partir de lait local."),
							skill("Conserverie", "Appertisation et mise en bocaux de légumes et de plats cuisinés."),
							skill("Brasserie", "Brassage, fermentation et conditionnement de bières artisanales."),
							skill("Pasteurisation", "Pasteurisation et stérilisation de produits liquides et en conserve."),
							skill("Sécurité alimentaire HACCP", "Plans HACCP, traçabilité et analyses microbiologiques."),
							skill("Surgélation", "Surgélation rapide de produits transformés et de légumes."),
							skill("Valorisation des coproduits alimentaires", "Transformation des drêches, lactosérum et écarts de tri.")),
					List.of(equipment("Chambre froide positive", "COLD_STORAGE", "120 m³, 0 à 4 °C"),
							equipment("Tunnel de surgélation", "COLD_STORAGE", "1 t/h à -35 °C"),
							equipment("Autoclave de stérilisation", "AGRI_FOOD_PROCESSING", "2 000 bocaux par cycle"),
							equipment("Ligne de conditionnement", "AGRI_FOOD_PROCESSING", "3 000 unités/h"),
							equipment("Cuisine de production partagée", "WORKSHOP_SPACE", "150 m², agréée CE")),
					List.of(problem("SUSTAINABILITY", "Valoriser nos drêches de brasserie",
									"Nous produisons 300 t de drêches par an, aujourd'hui données à des éleveurs ; nous cherchons une valorisation.",
									knowHow("valorisation des coproduits"), trade("01"), trade("35.21"), equipmentNeed("AGRI_FOOD_PROCESSING"),
									topic("méthanisation"), topic("économie circulaire")),
							problem("LOGISTICS", "Mutualiser le stockage froid",
									"Nos chambres froides sont pleines en été ; nous cherchons des capacités partagées à proximité.",
									equipmentNeed("COLD_STORAGE"), trade("52.10"), trade("49.41"), knowHow("logistique du froid"),
									topic("circuits courts")))),
			new Family("AGRICULTURE", List.of("01", "02", "03"),
					List.of("Ferme", "GAEC", "Exploitation", "Vergers", "Scierie forestière"),
					List.of(skill("Agriculture biologique", "Grandes cultures et maraîchage en agriculture biologique certifiée."),
							skill("Élevage bovin", "Élevage allaitant à l'herbe et vente directe."),
							skill("Agroforesterie", "Plantation de haies et d'arbres intraparcellaires."),
							skill("Gestion forestière", "Exploitation durable des forêts de feuillus et de résineux."),
							skill("Méthanisation agricole", "Production de biogaz à partir d'effluents d'élevage et de cultures intermédiaires.")),
					List.of(equipment("Méthaniseur agricole", "ENERGY", "250 kWé"),
							equipment("Séchoir à grains", "AGRI_FOOD_PROCESSING", "20 t/jour"),
							equipment("Chambre froide de ferme", "COLD_STORAGE", "40 m³")),
					List.of(problem("SUPPLY", "Trouver des débouchés locaux pour nos légumineuses",
									"Nous voulons vendre nos lentilles et pois chiches à des transformateurs de la région.",
									trade("10"), knowHow("transformation de légumineuses"), equipmentNeed("AGRI_FOOD_PROCESSING"),
									topic("circuits courts"), topic("alimentation durable")))),
			new Family("ELECTRICAL", List.of("26", "27"),
					List.of("Électronique", "Électrotechnique", "Câblage", "Automatismes", "Capteurs"),
					List.of(skill("Conception de cartes électroniques", "Conception et routage de cartes, prototypage et petites séries."),
							skill("Bobinage de moteurs électriques", "Bobinage, imprégnation et réparation de moteurs et transformateurs."),
							skill("Câblage industriel", "Câblage d'armoires électriques et de faisceaux."),
							skill("Capteurs connectés", "Intégration de capteurs IoT et remontée des données de production."),
							skill("Électronique de puissance", "Convertisseurs, onduleurs et recharge de véhicules électriques."),
							skill("Automatismes industriels", "Programmation d'automates et supervision de lignes.")),
					List.of(equipment("Ligne de report CMS", "MACHINING", "20 000 composants/h"),
							equipment("Chambre climatique", "LABORATORY_ANALYSIS", "-40 à 180 °C, 1 m³"),
							equipment("Banc d'essais moteurs", "LABORATORY_ANALYSIS", "250 kW")),
					List.of(problem("SUPPLY", "Sécuriser l'approvisionnement en composants électroniques",
									"Les délais de nos microcontrôleurs dépassent 40 semaines ; nous cherchons des partenaires pour requalifier des alternatives.",
									trade("26.11"), knowHow("conception de cartes électroniques"), equipmentNeed("LABORATORY_ANALYSIS"),
									topic("relocalisation industrielle"), topic("matières premières critiques")),
							problem("INNOVATION", "Recycler les aimants de moteurs en fin de vie",
									"Nos moteurs contiennent des aimants néodyme ; nous voulons récupérer les terres rares.",
									trade("38.32"), knowHow("recyclage des terres rares"), trade("72.19"), equipmentNeed("RECYCLING_SORTING"),
									topic("aimants permanents"), topic("terres rares")))),
			new Family("VEHICLES", List.of("29", "30"),
					List.of("Équipements automobiles", "Carrosserie", "Ferroviaire", "Aéro"),
					List.of(skill("Assemblage de sous-ensembles automobiles", "Assemblage de modules et contrôle en ligne pour constructeurs."),
							skill("Emboutissage", "Emboutissage de pièces de carrosserie et de renforts."),
							skill("Batteries de traction", "Assemblage et test de packs de batteries lithium-ion."),
							skill("Maintenance ferroviaire", "Révision de bogies et de matériels roulants.")),
					List.of(equipment("Presse d'emboutissage 1 000 t", "MACHINING", "Outils jusqu'à 4 m"),
							equipment("Banc de test de batteries", "LABORATORY_ANALYSIS", "800 V, 500 A")),
					List.of(problem("INDUSTRY", "Reconvertir une ligne moteur thermique",
									"La fin du moteur thermique menace 200 emplois ; nous cherchons de nouvelles productions pour notre atelier.",
									trade("27.11"), knowHow("batteries de traction"), trade("29.31"), topic("véhicule électrique"),
									topic("reconversion industrielle")))),
			new Family("WOOD_PAPER", List.of("16", "17", "18", "31"),
					List.of("Menuiserie", "Scierie", "Charpentes", "Cartonnages", "Imprimerie", "Ameublement"),
					List.of(skill("Séchage du bois", "Séchage en séchoir de sciages de chêne, hêtre et résineux."),
							skill("Menuiserie industrielle", "Fabrication de fenêtres, portes et agencements sur mesure."),
							skill("Construction bois", "Ossature bois et panneaux CLT pour le bâtiment."),
							skill("Fabrication d'emballages en carton", "Découpe, impression et façonnage de cartons ondulés."),
							skill("Impression numérique", "Impression grand format et étiquettes."),
							skill("Valorisation des connexes de scierie", "Plaquettes, sciure et granulés à partir des chutes de bois.")),
					List.of(equipment("Séchoir à bois", "FURNACE_THERMAL", "60 m³ par cycle"),
							equipment("Centre d'usinage bois à commande numérique", "MACHINING", "Panneaux 12 x 3 m"),
							equipment("Presse d'impression offset", "OTHER", "15 000 feuilles/h")),
					List.of(problem("SUPPLY", "Trouver du bois local pour nos ossatures",
									"Nous importons nos résineux d'Allemagne ; nous cherchons des scieries locales capables de livrer du bois classé.",
									trade("16.10"), trade("02"), knowHow("séchage du bois"), topic("bois construction"),
									topic("matériaux biosourcés")))),
			new Family("TEXTILE", List.of("13", "14", "15"),
					List.of("Tissage", "Textiles", "Confection", "Maroquinerie"),
					List.of(skill("Tissage technique", "Tissus techniques pour l'industrie et le bâtiment."),
							skill("Confection en petite série", "Confection de vêtements professionnels et d'accessoires."),
							skill("Recyclage textile", "Effilochage et réemploi de fibres textiles.")),
					List.of(equipment("Métier à tisser jacquard", "MACHINING", "Laize 3,4 m"),
							equipment("Atelier de confection partagé", "WORKSHOP_SPACE", "20 postes")),
					List.of(problem("SUSTAINABILITY", "Recycler nos chutes de tissus",
									"Nos chutes de coupe partent en incinération ; nous cherchons une filière de recyclage textile.",
									knowHow("recyclage textile"), trade("38.32"), equipmentNeed("RECYCLING_SORTING"),
									topic("économie circulaire")))),
			new Family("MINERALS", List.of("05", "06", "07", "08", "09", "23"),
					List.of("Carrières", "Béton", "Verrerie", "Céramiques", "Matériaux"),
					List.of(skill("Béton préfabriqué", "Fabrication d'éléments préfabriqués en béton pour le bâtiment et les travaux publics."),
							skill("Verre technique", "Fusion, formage et trempe de verres techniques."),
							skill("Céramique technique", "Céramiques réfractaires et pièces d'usure."),
							skill("Exploitation de carrières", "Extraction et concassage de granulats.")),
					List.of(equipment("Four de cuisson céramique", "FURNACE_THERMAL", "1 600 °C, 4 m³"),
							equipment("Concasseur mobile", "RECYCLING_SORTING", "200 t/h")),
					List.of(problem("ENERGY", "Décarboner nos fours",
									"Nos fours au gaz représentent 70 % de nos émissions ; nous étudions l'électrification et l'hydrogène.",
									trade("35"), knowHow("récupération de chaleur fatale"), knowHow("hydrogène"),
									equipmentNeed("FURNACE_THERMAL"), topic("décarbonation de l'industrie"), topic("hydrogène")))),
			new Family("ENERGY", List.of("35"),
					List.of("Énergies", "Solaire", "Biogaz", "Réseau de chaleur"),
					List.of(skill("Installation photovoltaïque", "Centrales photovoltaïques en toiture et en ombrière."),
							skill("Méthanisation", "Conception et exploitation d'unités de méthanisation territoriales."),
							skill("Réseaux de chaleur", "Conception et exploitation de réseaux de chaleur biomasse."),
							skill("Hydrogène vert", "Électrolyse et stockage d'hydrogène pour l'industrie et la mobilité."),
							skill("Récupération de chaleur fatale", "Récupération de la chaleur des fours et compresseurs industriels.")),
					List.of(equipment("Électrolyseur", "ENERGY", "1 MW, 400 kg H2/jour"),
							equipment("Chaudière biomasse", "ENERGY", "2 MW"),
							equipment("Ombrières photovoltaïques", "ENERGY", "500 kWc")),
					List.of(problem("ENERGY", "Trouver des consommateurs pour notre chaleur",
									"Notre unité produit de la chaleur inutilisée l'été ; nous cherchons des industriels consommateurs à proximité.",
									trade("10"), trade("20"), knowHow("séchage"), topic("chaleur fatale"), topic("réseaux de chaleur")))),
			new Family("WASTE_WATER", List.of("36", "37", "38", "39"),
					List.of("Recyclage", "Environnement", "Tri", "Valorisation", "Eaux"),
					List.of(skill("Tri des déchets industriels", "Collecte et tri des déchets non dangereux des entreprises."),
							skill("Recyclage des métaux", "Récupération et préparation des ferrailles et métaux non ferreux."),
							skill("Recyclage des terres rares", "Démantèlement d'aimants et extraction des terres rares."),
							skill("Dépollution des sols", "Diagnostic et traitement des sols de friches industrielles."),
							skill("Traitement des eaux industrielles", "Stations de traitement des effluents et réutilisation des eaux."),
							skill("Compostage", "Compostage des biodéchets et déchets verts.")),
					List.of(equipment("Chaîne de tri optique", "RECYCLING_SORTING", "10 t/h"),
							equipment("Broyeur de métaux", "RECYCLING_SORTING", "30 t/h"),
							equipment("Camion benne ampliroll", "LOGISTICS_TRANSPORT", "30 m³"),
							equipment("Laboratoire d'analyse des eaux", "LABORATORY_ANALYSIS", "Paramètres physico-chimiques")),
					List.of(problem("REGULATION", "Réhabiliter une friche industrielle polluée",
									"La friche voisine de notre site pourrait accueillir notre extension, mais ses sols sont pollués aux hydrocarbures.",
									knowHow("dépollution des sols"), trade("39"), trade("71.12"), topic("friches industrielles"),
									topic("foncier économique")))),
			new Family("CONSTRUCTION", List.of("41", "42", "43", "68", "81"),
					List.of("Bâtiment", "Construction", "Électricité", "Couverture", "Génie climatique", "Travaux publics"),
					List.of(skill("Rénovation énergétique", "Isolation, menuiseries et ventilation pour la rénovation des bâtiments."),
							skill("Génie climatique", "Chauffage, climatisation et pompes à chaleur."),
							skill("Électricité du bâtiment", "Installations électriques tertiaires et industrielles."),
							skill("Charpente et couverture", "Charpentes bois et métalliques, couverture et étanchéité."),
							skill("Terrassement et voirie", "Terrassement, réseaux et voirie.")),
					List.of(equipment("Grue mobile", "LOGISTICS_TRANSPORT", "50 t"),
							equipment("Atelier de préfabrication", "WORKSHOP_SPACE", "600 m²")),
					List.of(problem("SUSTAINABILITY", "Réemployer les matériaux de déconstruction",
									"Nos chantiers de déconstruction produisent des matériaux réemployables que personne ne reprend.",
									trade("38.32"), knowHow("réemploi des matériaux"), equipmentNeed("LOGISTICS_TRANSPORT"),
									topic("économie circulaire"), topic("matériaux biosourcés")))),
			new Family("TRADE", List.of("45", "46", "47", "95"),
					List.of("Distribution", "Négoce", "Comptoir", "Fournitures industrielles"),
					List.of(skill("Négoce de matériaux", "Distribution de matériaux de construction et d'outillage."),
							skill("Distribution de fournitures industrielles", "Roulements, transmissions, consommables et EPI."),
							skill("Logistique d'approvisionnement", "Gestion des stocks avancés chez les clients industriels.")),
					List.of(equipment("Entrepôt de stockage", "LOGISTICS_TRANSPORT", "5 000 m²"),
							equipment("Flotte de véhicules utilitaires", "LOGISTICS_TRANSPORT", "12 véhicules")),
					List.of()),
			new Family("LOGISTICS", List.of("49", "50", "51", "52", "53"),
					List.of("Transports", "Logistique", "Entrepôts", "Messagerie"),
					List.of(skill("Transport frigorifique", "Transport sous température dirigée de produits frais."),
							skill("Logistique mutualisée", "Entrepôts partagés et tournées mutualisées entre chargeurs."),
							skill("Logistique du froid", "Stockage et préparation de commandes sous température dirigée."),
							skill("Transport fluvial", "Transport de vrac et de conteneurs par voie d'eau.")),
					List.of(equipment("Entrepôt frigorifique", "COLD_STORAGE", "3 000 palettes"),
							equipment("Semi-remorque frigorifique", "LOGISTICS_TRANSPORT", "33 palettes"),
							equipment("Quai de transbordement", "LOGISTICS_TRANSPORT", "Embranchement ferré")),
					List.of()),
			new Family("DIGITAL", List.of("58", "59", "60", "61", "62", "63"),
					List.of("Numérique", "Informatique", "Data", "Logiciels", "Cloud"),
					List.of(skill("Développement logiciel", "Applications métiers, web et mobiles sur mesure."),
							skill("Cybersécurité", "Audit, tests d'intrusion et protection des systèmes industriels."),
							skill("Intelligence artificielle", "Vision par ordinateur et maintenance prédictive."),
							skill("Jumeau numérique", "Modélisation et simulation de lignes de production."),
							skill("Hébergement cloud", "Hébergement souverain et infogérance."),
							skill("Analyse de données", "Tableaux de bord et valorisation des données industrielles.")),
					List.of(equipment("Serveur de calcul GPU", "DIGITAL_COMPUTING", "8 GPU"),
							equipment("Salle serveurs", "DIGITAL_COMPUTING", "20 baies")),
					List.of(problem("INNOVATION", "Détecter les défauts de production par vision",
									"Nous voulons automatiser le contrôle visuel de nos pièces avec l'intelligence artificielle.",
									knowHow("intelligence artificielle"), trade("62.01"), equipmentNeed("DIGITAL_COMPUTING"),
									trade("72.19"), topic("industrie 4.0")))),
			new Family("ENGINEERING", List.of("71", "72", "74", "75"),
					List.of("Ingénierie", "Bureau d'études", "Essais", "Conseil technique", "Innovation"),
					List.of(skill("Calcul de structures", "Dimensionnement et calcul par éléments finis."),
							skill("Bureau d'études mécaniques", "Conception mécanique, CAO et industrialisation."),
							skill("Analyse de cycle de vie", "Analyses de cycle de vie et bilans carbone de produits."),
							skill("Écoconception", "Accompagnement à l'écoconception des produits industriels."),
							skill("Métrologie", "Étalonnage et mesure tridimensionnelle."),
							skill("Caractérisation des matériaux", "Essais mécaniques, microscopie et analyses chimiques des matériaux."),
							skill("Audit énergétique", "Audits énergétiques réglementaires et plans de sobriété."),
							skill("Accompagnement réglementaire ICPE", "Dossiers d'autorisation et suivi des installations classées."),
							skill("Fabrication additive métal", "Conception pour l'impression 3D et qualification de pièces métalliques.")),
					List.of(equipment("Machine de mesure tridimensionnelle", "LABORATORY_ANALYSIS", "1 200 x 1 000 x 800 mm"),
							equipment("Microscope électronique à balayage", "LABORATORY_ANALYSIS", "Analyse EDS"),
							equipment("Machine d'essais de traction", "LABORATORY_ANALYSIS", "250 kN"),
							equipment("Imprimante 3D métal de recherche", "ADDITIVE_MANUFACTURING", "Plateau 100 x 100 mm")),
					List.of()),
			new Family("BUSINESS", List.of("64", "65", "66", "69", "70", "73", "77", "78", "79", "80", "82"),
					List.of("Conseil", "Finance", "Partenaires", "Services", "Capital"),
					List.of(skill("Montage de dossiers de financement", "Subventions, prêts d'honneur et financements européens."),
							skill("Conseil en stratégie", "Stratégie, organisation et conduite du changement."),
							skill("Accompagnement à l'export", "Études de marché et prospection à l'international."),
							skill("Recrutement", "Recrutement de profils techniques et intérim industriel."),
							skill("Capital-risque", "Investissement en fonds propres dans les entreprises innovantes.")),
					List.of(equipment("Salle de réunion équipée", "WORKSHOP_SPACE", "30 personnes")),
					List.of()),
			new Family("PUBLIC", List.of("84", "99"),
					List.of("Agglomération", "Communauté de communes", "Agence", "Syndicat mixte"),
					List.of(skill("Développement économique territorial", "Accueil des entreprises, foncier et immobilier d'entreprise."),
							skill("Aménagement de zones d'activités", "Viabilisation et commercialisation de parcs d'activités."),
							skill("Animation de réseaux d'entreprises", "Clubs d'entreprises et rencontres thématiques."),
							skill("Commande publique", "Achats publics responsables et allotissement.")),
					List.of(equipment("Hôtel d'entreprises", "WORKSHOP_SPACE", "12 ateliers de 200 m²"),
							equipment("Tiers-lieu numérique", "DIGITAL_COMPUTING", "40 postes")),
					List.of(problem("EMPLOYMENT", "Faire venir des ingénieurs sur le territoire",
									"Les entreprises du territoire peinent à attirer des cadres techniques ; nous voulons une action commune.",
									trade("85.42"), trade("78"), knowHow("recrutement"), topic("attractivité des métiers"),
									topic("attractivité du territoire")))),
			new Family("EDUCATION", List.of("85"),
					List.of("Formation", "Lycée professionnel", "CFA", "Campus"),
					List.of(skill("Formation en soudage", "Formations qualifiantes de soudeurs et de chaudronniers."),
							skill("Formation en maintenance industrielle", "Titres professionnels de techniciens de maintenance."),
							skill("Robotique collaborative", "Formation à la programmation de cobots."),
							skill("Apprentissage", "Formations en alternance du CAP à l'ingénieur."),
							skill("Ingénierie pédagogique", "Conception de parcours de formation sur mesure.")),
					List.of(equipment("Plateau technique de soudage", "WORKSHOP_SPACE", "16 postes"),
							equipment("Cellule robotisée pédagogique", "MACHINING", "2 cobots")),
					List.of()),
			new Family("COMMUNITY", List.of("55", "56", "86", "87", "88", "90", "91", "92", "93", "94", "96", "97", "98"),
					List.of("Association", "Maison", "Collectif", "Réseau"),
					List.of(skill("Insertion professionnelle", "Chantiers d'insertion et accompagnement vers l'emploi."),
							skill("Animation de filière", "Animation d'une filière et veille collective."),
							skill("Économie sociale et solidaire", "Coopératives et entreprises d'insertion."),
							skill("Mise en relation d'entreprises", "Rencontres d'affaires et bourses de coopération.")),
					List.of(equipment("Fablab associatif", "WORKSHOP_SPACE", "Découpe laser, imprimantes 3D"),
							equipment("Véhicule de collecte", "LOGISTICS_TRANSPORT", "20 m³")),
					List.of()));

	/** Problems any actor may face, whatever its trade. */
	static final List<ProblemModel> COMMON_PROBLEMS = List.of(
			problem("ENERGY", "Facture énergétique en forte hausse",
					"Notre facture d'énergie a doublé en deux ans ; nous cherchons des économies et des sources locales.",
					knowHow("audit énergétique"), trade("71.12"), knowHow("récupération de chaleur fatale"),
					equipmentNeed("ENERGY"), trade("35"), topic("efficacité énergétique")),
			problem("EMPLOYMENT", "Difficultés à recruter des techniciens de maintenance",
					"Trois postes de techniciens sont ouverts depuis un an ; nous voulons former des demandeurs d'emploi.",
					trade("85.59"), knowHow("formation en maintenance industrielle"), trade("78"),
					topic("attractivité des métiers"), topic("apprentissage")),
			problem("TRAINING", "Former nos équipes à la robotique collaborative",
					"Nous installons des cobots et nos opérateurs doivent apprendre à les programmer.",
					knowHow("robotique collaborative"), trade("85.59"), trade("28.99"), equipmentNeed("WORKSHOP_SPACE"),
					topic("industrie 4.0")),
			problem("FUNDING", "Financer un nouvel outil de production",
					"Nous devons investir 2 millions d'euros dans une nouvelle ligne et cherchons des financements publics et privés.",
					knowHow("montage de dossiers de financement"), trade("64"), trade("84.13"),
					topic("financement de l'innovation")),
			problem("REGULATION", "Mettre nos rejets en conformité",
					"Un arrêté préfectoral nous impose de réduire nos rejets dans l'eau et dans l'air d'ici deux ans.",
					knowHow("réglementation ICPE"), trade("71.20"), trade("39"), equipmentNeed("LABORATORY_ANALYSIS"),
					topic("eau")),
			problem("LOGISTICS", "Mutualiser nos livraisons",
					"Nos camions partent à moitié vides ; nous voulons mutualiser les tournées avec des voisins.",
					knowHow("logistique mutualisée"), trade("49.41"), trade("52.10"), equipmentNeed("LOGISTICS_TRANSPORT"),
					topic("logistique mutualisée")),
			problem("SUSTAINABILITY", "Réduire l'empreinte carbone de nos produits",
					"Nos clients demandent le bilan carbone de nos produits et un plan de réduction.",
					knowHow("analyse de cycle de vie"), knowHow("écoconception"), trade("71.12"), trade("72.19"),
					topic("décarbonation de l'industrie")),
			problem("INNOVATION", "Numériser le suivi de production",
					"Notre suivi de production est sur papier ; nous voulons des capteurs et des tableaux de bord.",
					knowHow("capteurs connectés"), knowHow("jumeau numérique"), trade("62.01"),
					equipmentNeed("DIGITAL_COMPUTING"), topic("industrie 4.0")),
			problem("SUPPLY", "Trouver un fournisseur local d'emballages",
					"Nos emballages viennent d'Asie ; nous cherchons un fabricant de la région, si possible recyclable.",
					trade("17.21"), trade("22.22"), knowHow("emballages recyclables"), topic("achats responsables")));

	/** Collaboration topics, the most declared first (interests follow a Zipf law over this order). */
	static final List<String> TOPICS = List.of("économie circulaire", "transition énergétique",
			"décarbonation de l'industrie", "industrie 4.0", "attractivité des métiers", "efficacité énergétique",
			"recyclage des métaux", "hydrogène", "apprentissage", "relocalisation industrielle", "numérique responsable",
			"mobilité durable", "achats responsables", "circuits courts", "écoconception", "matériaux biosourcés",
			"intelligence artificielle", "cybersécurité", "eau", "bois construction", "méthanisation",
			"logistique mutualisée", "innovation ouverte", "export", "financement de l'innovation", "véhicule électrique",
			"chaleur fatale", "friches industrielles", "foncier économique", "santé au travail", "inclusion",
			"économie sociale et solidaire", "alimentation durable", "biodiversité", "réseaux de chaleur",
			"matières premières critiques", "terres rares", "aimants permanents", "reconversion industrielle",
			"chimie biosourcée", "attractivité du territoire", "photovoltaïque", "batteries", "fabrication additive",
			"robotique", "qualité de l'air", "tourisme industriel", "sobriété", "ferroutage", "hydrogène vert");

	static final List<String> SURNAMES = List.of("Martin", "Bernard", "Thomas", "Petit", "Robert", "Richard", "Durand",
			"Dubois", "Moreau", "Laurent", "Simon", "Michel", "Lefebvre", "Leroy", "Roux", "David", "Bertrand", "Morel",
			"Fournier", "Girard", "Bonnet", "Dupont", "Lambert", "Fontaine", "Rousseau", "Vincent", "Muller", "Lefèvre",
			"Faure", "André", "Mercier", "Blanc", "Guérin", "Boyer", "Garnier", "Chevalier", "François", "Legrand",
			"Gauthier", "Perrin", "Schmitt", "Weber", "Meyer", "Klein", "Schneider", "Wagner", "Hoffmann", "Becker",
			"Duval", "Lemaire", "Caron", "Dumont", "Leclerc", "Renard", "Colin", "Vidal", "Roussel", "Jacquot", "Humbert",
			"Marchal");

	static final List<String> NAME_SUFFIXES = List.of("Industrie", "& Fils", "SAS", "Technologies", "Services",
			"Précision", "Groupe", "Solutions", "Frères", "Process");

	static final List<String> QUALIFIERS = List.of("De la pièce unitaire à la moyenne série.",
			"Certifié ISO 9001.", "Intervention sur site possible.", "Équipe de cinq techniciens.",
			"Délais courts pour les entreprises du territoire.", "Accompagnement de la conception à la livraison.",
			"Habilité pour l'aéronautique et le ferroviaire.", "Démarche qualité et traçabilité complète.", "");

	static final List<String> SHARING_TERMS = List.of("Location à la journée", "Mise à disposition avec opérateur",
			"Sur convention de partenariat", "Prestation de service uniquement",
			"Créneaux libres le week-end", "Gratuit pour les membres du réseau");

	private static final Map<String, Family> BY_DIVISION = new HashMap<>();

	static {
		for (Family family : FAMILIES) {
			for (String division : family.divisions()) {
				if (BY_DIVISION.put(division, family) != null) {
					throw new IllegalStateException("Division " + division + " is in two families");
				}
			}
		}
	}

	private Vocabulary() {
	}

	/** The family of a NAF division (two digits); every division of NAF rev. 2 has one. */
	static Family familyOf(String division) {
		Family family = BY_DIVISION.get(division);
		if (family == null) {
			throw new IllegalArgumentException("No family for NAF division " + division);
		}
		return family;
	}

	static Family family(String key) {
		return FAMILIES.stream()
			.filter(family -> family.key().equals(key))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No family " + key));
	}

	private static Skill skill(String name, String description) {
		return new Skill(name, description);
	}

	private static EquipmentModel equipment(String name, String category, String capacity) {
		return new EquipmentModel(name, category, capacity);
	}

	private static ProblemModel problem(String category, String title, String description, NeedModel... needs) {
		return new ProblemModel(category, title, description, List.of(needs));
	}

	private static NeedModel trade(String code) {
		return new NeedModel("TRADE", code);
	}

	private static NeedModel knowHow(String words) {
		return new NeedModel("KNOW_HOW", words);
	}

	private static NeedModel equipmentNeed(String category) {
		return new NeedModel("EQUIPMENT_CATEGORY", category);
	}

	private static NeedModel topic(String name) {
		return new NeedModel("TOPIC", name);
	}

}
