// The observatory's figures (observatory.FiguresRefresh): one node per territory, rewritten at each refresh, found by
// the territory's id. Without the constraint each MERGE of a refresh read every figures node: 57 s for the 10,433
// territories of the 100k store.
CREATE CONSTRAINT territory_figures_territory IF NOT EXISTS FOR (f:TerritoryFigures) REQUIRE f.territory IS UNIQUE;
// When the last refresh completed, how long it took and how many territories it wrote: one node.
CREATE CONSTRAINT observatory_refresh_id IF NOT EXISTS FOR (r:ObservatoryRefresh) REQUIRE r.id IS UNIQUE;
