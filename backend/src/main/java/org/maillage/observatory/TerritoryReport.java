package org.maillage.observatory;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.maillage.actor.EquipmentCategory;
import org.maillage.actor.Need;
import org.maillage.core.Message;
import org.maillage.core.Messages;
import org.maillage.core.PageRequest;
import org.maillage.observatory.TerritoryOverview.Specialisation;
import org.maillage.observatory.ValueChainCoverage.StepCoverage;
import org.maillage.observatory.ValueChainCoverage.TerritoryCoverage;
import org.maillage.valuechain.ValueChain;
import org.maillage.valuechain.ValueChains;
import org.maillage.workspace.UsefulEffectTotal;
import org.maillage.workspace.UsefulEffects;

import org.springframework.stereotype.Service;
import org.springframework.web.util.HtmlUtils;

/**
 * A territory's printable report: one HTML page with its overview, the coverage of each value chain and its recurring
 * problems, with bar charts ({@link ReportCharts}). Every figure is the caller's, as the GraphQL views give it; every
 * word comes from the message catalogue, French unless the caller asks for English. The page needs nothing else: its
 * style and charts are inline, so it prints and can be saved as a file.
 */
@Service
public class TerritoryReport {

	/** Value chains covered: the first ones by name. */
	static final int MAX_CHAINS = 5;

	/** Recurring problems shown, the most shared first. */
	static final int MAX_PROBLEMS = 10;

	private static final String STYLE = """
			body{font-family:"DejaVu Sans",Arial,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}
			h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.25rem;margin-top:2rem;border-bottom:2px solid #2b6cb0}
			h3{font-size:1.05rem}table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem}
			th,td{border:1px solid #ccc;padding:.25rem .5rem;text-align:left;vertical-align:top}td.n,th.n{text-align:right}
			.note{color:#555;font-size:.9rem}.warn{color:#9b2c2c;font-weight:bold}
			figure{margin:.5rem 0}svg{max-width:100%;height:auto}
			@media print{h2{break-after:avoid}table,figure{break-inside:avoid}}""";

	private final TerritoryOverviews overviews;

	private final ValueChainCoverages coverages;

	private final RecurringProblems recurring;

	private final ValueChains valueChains;

	private final UsefulEffects effects;

	private final Messages messages;

	TerritoryReport(TerritoryOverviews overviews, ValueChainCoverages coverages, RecurringProblems recurring,
			ValueChains valueChains, UsefulEffects effects, Messages messages) {
		this.effects = effects;
		this.overviews = overviews;
		this.coverages = coverages;
		this.recurring = recurring;
		this.valueChains = valueChains;
		this.messages = messages;
	}

	/** The page, in the caller's language; NOT_FOUND when the territory does not exist. */
	public String html(String territoryId, Locale locale) {
		TerritoryOverview overview = this.overviews.overview(territoryId, OverviewFilter.NONE, 10);
		Page page = new Page(locale);
		String name = overview.territory().name();
		page.raw("<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"utf-8\"><title>")
			.text(page.say("report.title", name))
			.raw("</title><style>" + STYLE + "</style></head><body>");
		page.raw("<h1>").text(page.say("report.title", name)).raw("</h1>");
		page.note(overview.computedAt() == null ? page.say("report.notComputed")
				: page.say("report.computedAt", DATE.withLocale(locale).format(overview.computedAt())));
		overview(page, overview);
		coverage(page, territoryId);
		recurring(page, territoryId);
		effects(page, territoryId);
		page.note(page.say("report.footer"));
		return page.raw("</body></html>").toString();
	}

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
		.withZone(ZoneId.of("Europe/Paris"));

	private void overview(Page page, TerritoryOverview overview) {
		page.raw("<h2>").text(page.say("report.overview")).raw("</h2><p>");
		page.text(page.say("report.actors", overview.actorCount()));
		if (overview.population() != null) {
			page.text(" · ").text(page.say("report.population", overview.population()));
		}
		if (overview.actorsPer10kInhabitants() != null) {
			page.text(" · ").text(page.say("report.per10k", String.format(page.locale, "%.1f", overview.actorsPer10kInhabitants())));
		}
		page.raw("</p>");

		Map<String, Long> kinds = new LinkedHashMap<>();
		overview.byKind().forEach(count -> kinds.put(page.say("actor.kind." + count.kind()), count.count()));
		page.chart(page.say("report.byKind"), kinds, page.say("report.axis.actors"));
		Map<String, Long> sectors = new LinkedHashMap<>();
		overview.bySector().forEach(count -> sectors.put(page.say("actor.sector." + count.sector()), count.count()));
		page.chart(page.say("report.bySector"), sectors, page.say("report.axis.actors"));
		Map<String, Long> divisions = new LinkedHashMap<>();
		overview.byNafDivision().stream().limit(10)
			.forEach(count -> divisions.put(count.trade().code() + " " + count.trade().label(), count.count()));
		page.chart(page.say("report.byNafDivision"), divisions, page.say("report.axis.actors"));

		if (!overview.specialisations().isEmpty()) {
			page.raw("<h3>").text(overview.reference() == null ? page.say("report.specialisations.france")
					: page.say("report.specialisations", overview.reference().name())).raw("</h3>");
			List<Specialisation> all = overview.specialisations();
			List<Specialisation> shown = all.size() <= 10 ? all
					: java.util.stream.Stream.concat(all.subList(0, 5).stream(), all.subList(all.size() - 5, all.size()).stream()).toList();
			page.table(List.of(page.say("report.activity"), page.say("report.count"), page.say("report.expected"),
					page.say("report.quotient")), shown.stream()
						.map(s -> List.of(s.trade().code() + " " + s.trade().label(), String.valueOf(s.count()),
								String.format(page.locale, "%.1f", s.expected()),
								String.format(page.locale, "%.2f", s.locationQuotient())))
						.toList(), 1);
			page.note(page.say("report.quotient.note"));
		}

		page.raw("<h3>").text(page.say("report.equipment")).raw("</h3>");
		page.table(List.of(page.say("report.category"), page.say("report.shared"), page.say("report.notShared")),
				overview.equipmentByCategory().stream()
					.map(e -> List.of(EquipmentCategory.labelOf(e.category()), String.valueOf(e.shared()),
							String.valueOf(e.notShared())))
					.toList(), 1);
		page.raw("<h3>").text(page.say("report.problems")).raw("</h3>");
		page.table(List.of(page.say("report.category"), page.say("report.open"), page.say("report.solved")),
				overview.problemsByCategory().stream()
					.map(p -> List.of(page.say("problemCategory." + p.category()), String.valueOf(p.open()),
							String.valueOf(p.solved())))
					.toList(), 1);
		if (!overview.subTerritories().isEmpty()) {
			page.raw("<h3>").text(page.say("report.subTerritories")).raw("</h3>");
			page.table(List.of(page.say("report.territory"), page.say("report.count"), page.say("report.per10kShort")),
					overview.subTerritories().stream().limit(15)
						.map(sub -> List.of(sub.territory().name(), String.valueOf(sub.actorCount()),
								sub.actorsPer10kInhabitants() == null ? "—"
										: String.format(page.locale, "%.1f", sub.actorsPer10kInhabitants())))
						.toList(), 1);
		}
	}

	private void coverage(Page page, String territoryId) {
		page.raw("<h2>").text(page.say("report.coverage")).raw("</h2>");
		List<ValueChain> chains = this.valueChains.list(PageRequest.of(MAX_CHAINS, null))
			.edges()
			.stream()
			.map(edge -> edge.node())
			.toList();
		if (chains.isEmpty()) {
			page.note(page.say("report.none"));
		}
		for (ValueChain chain : chains) {
			ValueChainCoverage coverage = this.coverages.cover(chain.id(), List.of(territoryId));
			page.raw("<h3>").text(chain.name()).raw("</h3>");
			Map<String, Integer> able = new LinkedHashMap<>();
			List<List<String>> rows = new java.util.ArrayList<>();
			for (StepCoverage step : coverage.steps()) {
				TerritoryCoverage here = step.territories().get(0);
				able.put(step.step().name(), here.ableNow());
				rows.add(List.of(step.step().name(), String.valueOf(here.ableNow()), String.valueOf(here.couldConvert()),
						here.concentration().stream().map(page::say).collect(Collectors.joining(" ; ")),
						here.gaps().stream().map(TerritoryReport::need).collect(Collectors.joining(", "))));
			}
			page.chart(null, able, page.say("report.ableNow"));
			page.table(List.of(page.say("report.step"), page.say("report.ableNow"), page.say("report.couldConvert"),
					page.say("report.spof"), page.say("report.gaps")), rows, 1);
		}
	}

	private void recurring(Page page, String territoryId) {
		page.raw("<h2>").text(page.say("report.recurring")).raw("</h2>");
		RecurringProblems.Result result = this.recurring.find(territoryId, null, null);
		if (result.groups().isEmpty()) {
			page.note(page.say("report.recurring.none", result.problemsConsidered()));
			return;
		}
		page.table(List.of(page.say("report.wording"), page.say("report.count"), page.say("report.problemCount"),
				page.say("report.needs"), page.say("report.trend")), result.groups().stream().limit(MAX_PROBLEMS)
					.map(group -> List.of(group.wording(), String.valueOf(group.actorCount()),
							String.valueOf(group.problemCount()),
							group.needsInCommon().stream().map(TerritoryReport::need).collect(Collectors.joining(", ")),
							group.rising() ? page.say("report.rising") : ""))
					.toList(), 1);
		page.note(page.say(result.method()));
	}

	/** The useful effects of the groups the reader may see, per indicator (docs/useful-effects.md). */
	private void effects(Page page, String territoryId) {
		page.raw("<h2>").text(page.say("report.effects")).raw("</h2>");
		List<UsefulEffectTotal> totals = this.effects.totals(territoryId, null, false);
		page.table(List.of(page.say("report.effects.indicator"), page.say("report.effects.total"),
				page.say("report.effects.count"), page.say("report.effects.groups")), totals.stream()
					.map(total -> List.of(page.say("effect.indicator." + total.indicator().name()),
							java.math.BigDecimal.valueOf(total.total()).stripTrailingZeros().toPlainString() + " "
									+ total.unit(),
							String.valueOf(total.effects()), String.valueOf(total.groups())))
					.toList(), 1);
		page.note(page.say("report.effects.note"));
	}

	private static String need(Need need) {
		return need.label() == null ? need.value() : need.label();
	}

	/** The page being written, in one language. */
	private final class Page {

		private final StringBuilder html = new StringBuilder(64 * 1024);

		private final Locale locale;

		Page(Locale locale) {
			this.locale = locale;
		}

		String say(String key, Object... args) {
			return say(Message.of(key, args));
		}

		String say(Message message) {
			return TerritoryReport.this.messages.render(message, this.locale);
		}

		Page raw(String markup) {
			this.html.append(markup);
			return this;
		}

		Page text(String text) {
			this.html.append(HtmlUtils.htmlEscape(text == null ? "" : text, "UTF-8"));
			return this;
		}

		void note(String text) {
			raw("<p class=\"note\">").text(text).raw("</p>");
		}

		void chart(String title, Map<String, ? extends Number> values, String axis) {
			if (title != null) {
				raw("<h3>").text(title).raw("</h3>");
			}
			if (values.isEmpty()) {
				note(say("report.none"));
				return;
			}
			raw("<figure>").raw(ReportCharts.bars(values, axis)).raw("</figure>");
		}

		/** A table; the columns from {@code firstNumber} on are numbers, aligned right. */
		void table(List<String> headers, List<List<String>> rows, int firstNumber) {
			if (rows.isEmpty()) {
				note(say("report.none"));
				return;
			}
			raw("<table><thead><tr>");
			for (int i = 0; i < headers.size(); i++) {
				raw(i >= firstNumber && i < 3 ? "<th class=\"n\">" : "<th>").text(headers.get(i)).raw("</th>");
			}
			raw("</tr></thead><tbody>");
			for (List<String> row : rows) {
				raw("<tr>");
				for (int i = 0; i < row.size(); i++) {
					raw(i >= firstNumber && i < 3 ? "<td class=\"n\">" : "<td>").text(row.get(i)).raw("</td>");
				}
				raw("</tr>");
			}
			raw("</tbody></table>");
		}

		@Override
		public String toString() {
			return this.html.toString();
		}

	}

}
