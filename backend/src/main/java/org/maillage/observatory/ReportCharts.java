package org.maillage.observatory;

import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;

/**
 * The report's charts: horizontal bar charts drawn by JFreeChart into JFreeSVG's SVG graphics, inlined in the page so
 * that it prints and reads offline. Text stays text ({@code <text>} elements), so the charts read in any font a
 * browser has; measuring it needs one font on the server (DejaVu on Debian).
 */
final class ReportCharts {

	private static final Color BAR = new Color(0x2b, 0x6c, 0xb0);

	private static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 11);

	private ReportCharts() {
	}

	/**
	 * An SVG element of bars, one per entry, in the order given.
	 * @param values each bar's label and value
	 */
	static String bars(Map<String, ? extends Number> values, String axisLabel) {
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		Map<String, Number> shown = new LinkedHashMap<>(values);
		shown.forEach((label, value) -> data.addValue(value, axisLabel, shorten(label)));
		CategoryAxis categories = new CategoryAxis();
		categories.setTickLabelFont(FONT);
		categories.setMaximumCategoryLabelLines(2);
		NumberAxis numbers = new NumberAxis(axisLabel);
		numbers.setLabelFont(FONT);
		numbers.setTickLabelFont(FONT);
		numbers.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
		BarRenderer renderer = new BarRenderer();
		renderer.setBarPainter(new StandardBarPainter());
		renderer.setShadowVisible(false);
		renderer.setSeriesPaint(0, BAR);
		renderer.setMaximumBarWidth(0.08);
		CategoryPlot plot = new CategoryPlot(data, categories, numbers, renderer);
		plot.setOrientation(PlotOrientation.HORIZONTAL);
		plot.setBackgroundPaint(Color.WHITE);
		plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
		plot.setOutlineVisible(false);
		JFreeChart chart = new JFreeChart(null, FONT, plot, false);
		chart.setBackgroundPaint(Color.WHITE);
		int height = 40 + 26 * Math.max(1, shown.size());
		SVGGraphics2D svg = new SVGGraphics2D(640, height);
		chart.draw(svg, new Rectangle(0, 0, 640, height));
		return svg.getSVGElement();
	}

	private static String shorten(String label) {
		return label.length() <= 60 ? label : label.substring(0, 57) + "…";
	}

}
