//! Charts as inline SVG, drawn on the server (no script): horizontal bars with a label and a
//! value each, an optional whisker (a second, larger figure such as the 90th percentile) and an
//! optional marker (a reference such as the estimate). Every text is escaped; each chart has
//! `role="img"`, a `<title>` and a `<desc>` for screen readers, and uses `currentColor` so it
//! follows the page's light or dark scheme.

use std::fmt::Write;

/// Width of the whole chart, in SVG units (it scales to its container).
const WIDTH: f64 = 720.0;
/// Width of the label column.
const LABEL_WIDTH: f64 = 230.0;
/// Width of the value column on the right.
const VALUE_WIDTH: f64 = 110.0;
/// Height of a row.
const ROW_HEIGHT: f64 = 24.0;
/// Space above the first row (the legend).
const TOP: f64 = 28.0;
/// Labels longer than this are shortened with an ellipsis (the table has them in full).
const LABEL_MAX_CHARS: usize = 32;

/// One bar.
#[derive(Debug, Clone, PartialEq)]
pub struct Bar {
    pub label: String,
    pub value: f64,
    /// Shown at the end of the row, e.g. `1 234` or `12 min`.
    pub value_text: String,
    /// Drawn as a thin line from the bar's end to this value.
    pub whisker: Option<f64>,
    /// Drawn as a short vertical tick.
    pub marker: Option<f64>,
}

impl Bar {
    pub fn new(label: impl Into<String>, value: f64, value_text: impl Into<String>) -> Bar {
        Bar { label: label.into(), value, value_text: value_text.into(), whisker: None, marker: None }
    }
}

pub use crate::templates::escape;

fn shorten(label: &str) -> String {
    if label.chars().count() <= LABEL_MAX_CHARS {
        label.to_owned()
    } else {
        let mut s: String = label.chars().take(LABEL_MAX_CHARS - 1).collect();
        s.push('…');
        s
    }
}

/// A horizontal bar chart. `id` must be unique on the page (it links the title and the
/// description); `legend` is a line above the bars, also part of the description.
pub fn bar_chart(id: &str, title: &str, legend: &str, bars: &[Bar]) -> String {
    let id = escape(id);
    let height = TOP + ROW_HEIGHT * bars.len().max(1) as f64 + 6.0;
    let max = bars
        .iter()
        .flat_map(|b| [Some(b.value), b.whisker, b.marker])
        .flatten()
        .filter(|v| v.is_finite())
        .fold(0.0_f64, f64::max);
    let scale_max = if max > 0.0 { max } else { 1.0 };
    let plot = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
    let x = |v: f64| LABEL_WIDTH + (v.max(0.0) / scale_max) * plot;
    let mut svg = String::new();
    let _ = write!(
        svg,
        r#"<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" aria-labelledby="{id}-title {id}-desc" viewBox="0 0 {WIDTH} {height}" width="100%" preserveAspectRatio="xMinYMin meet" font-family="inherit" font-size="13"><title id="{id}-title">{}</title><desc id="{id}-desc">{}</desc>"#,
        escape(title),
        escape(&describe(legend, bars)),
    );
    let _ = write!(svg, r#"<text x="0" y="16" fill="currentColor" opacity="0.75">{}</text>"#, escape(legend));
    if bars.is_empty() {
        let _ = write!(svg, r#"<text x="0" y="{}" fill="currentColor">No data yet.</text>"#, TOP + 16.0);
    }
    for (i, bar) in bars.iter().enumerate() {
        let top = TOP + ROW_HEIGHT * i as f64;
        let mid = top + ROW_HEIGHT / 2.0;
        let end = x(bar.value);
        let _ = write!(
            svg,
            r##"<g><text x="{:.1}" y="{:.1}" text-anchor="end" dominant-baseline="middle" fill="currentColor">{}</text><rect x="{LABEL_WIDTH}" y="{:.1}" width="{:.1}" height="{:.1}" fill="#2f7d5b"/>"##,
            LABEL_WIDTH - 8.0,
            mid,
            escape(&shorten(&bar.label)),
            top + 4.0,
            (end - LABEL_WIDTH).max(0.0),
            ROW_HEIGHT - 8.0,
        );
        if let Some(w) = bar.whisker.filter(|w| w.is_finite()) {
            let _ = write!(
                svg,
                r#"<line x1="{end:.1}" y1="{mid:.1}" x2="{:.1}" y2="{mid:.1}" stroke="currentColor" stroke-width="2"/><line x1="{:.1}" y1="{:.1}" x2="{:.1}" y2="{:.1}" stroke="currentColor" stroke-width="2"/>"#,
                x(w),
                x(w),
                mid - 5.0,
                x(w),
                mid + 5.0,
            );
        }
        if let Some(m) = bar.marker.filter(|m| m.is_finite()) {
            let _ = write!(
                svg,
                r##"<line x1="{:.1}" y1="{:.1}" x2="{:.1}" y2="{:.1}" stroke="#d9822b" stroke-width="3"/>"##,
                x(m),
                top + 1.0,
                x(m),
                top + ROW_HEIGHT - 1.0,
            );
        }
        let _ = write!(
            svg,
            r#"<text x="{:.1}" y="{mid:.1}" text-anchor="end" dominant-baseline="middle" fill="currentColor">{}</text></g>"#,
            WIDTH - 2.0,
            escape(&bar.value_text),
        );
    }
    svg.push_str("</svg>");
    svg
}

/// The figures in words, for the description: `legend. Label: value; …`.
fn describe(legend: &str, bars: &[Bar]) -> String {
    let items: Vec<String> = bars.iter().map(|b| format!("{}: {}", b.label, b.value_text)).collect();
    format!("{legend}. {}", items.join("; "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped_everywhere() {
        let svg = bar_chart("c1", "A <b> & \"c\"", "legend <i>", &[Bar::new("<script>x</script>", 2.0, "2 & more")]);
        assert!(!svg.contains("<script>"));
        assert!(!svg.contains("<b>"));
        assert!(svg.contains("A &lt;b&gt; &amp; &quot;c&quot;"));
        assert!(svg.contains("&lt;script&gt;x&lt;/script&gt;"));
        assert!(svg.contains("2 &amp; more"));
    }

    #[test]
    fn a_chart_is_an_accessible_image_with_a_title_and_a_description() {
        let svg = bar_chart("funnel", "Funnel", "People per stage", &[Bar::new("Registered", 10.0, "10")]);
        assert!(svg.starts_with("<svg "));
        assert!(svg.contains(r#"role="img""#));
        assert!(svg.contains(r#"aria-labelledby="funnel-title funnel-desc""#));
        assert!(svg.contains(r#"<title id="funnel-title">Funnel</title>"#));
        assert!(svg.contains("People per stage. Registered: 10"));
        assert!(svg.ends_with("</svg>"));
    }

    #[test]
    fn bars_scale_to_the_largest_figure_including_whiskers_and_markers() {
        let mut half = Bar::new("half", 5.0, "5");
        half.marker = Some(10.0);
        let svg = bar_chart("s", "S", "l", &[half]);
        // The plot is 380 wide: the marker at the full width, the bar at half.
        assert!(svg.contains(r#"width="190.0""#), "{svg}");
        assert!(svg.contains(r#"x1="610.0""#), "{svg}");
    }

    #[test]
    fn empty_and_zero_charts_draw_without_dividing_by_zero() {
        assert!(bar_chart("e", "E", "l", &[]).contains("No data yet."));
        let svg = bar_chart("z", "Z", "l", &[Bar::new("zero", 0.0, "0")]);
        assert!(svg.contains(r#"width="0.0""#));
        assert!(!svg.contains("NaN"));
    }

    #[test]
    fn long_labels_are_shortened() {
        assert_eq!(shorten("short"), "short");
        let long = "x".repeat(40);
        assert_eq!(shorten(&long).chars().count(), LABEL_MAX_CHARS);
    }
}
