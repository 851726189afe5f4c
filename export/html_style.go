package export

// htmlStyle is the web page's style sheet: system fonts, a readable line
// length for prose and the full width for tables, contrast above WCAG AA in light and dark colour schemes, tables
// that scroll sideways on narrow screens, and a print layout without the
// navigation aids in which link addresses are written out.
const htmlStyle = `:root {
  color-scheme: light dark;
  --text: #1b1b1b; --muted: #4a4a4a; --bg: #ffffff; --line: #c8c8c8;
  --head: #eef2f6; --stripe: #f7f7f7; --link: #0b4f8a; --accent: #0b4f8a;
}
@media (prefers-color-scheme: dark) {
  :root {
    --text: #ececec; --muted: #c4c4c4; --bg: #161819; --line: #5a5f64;
    --head: #23292f; --stripe: #1d2022; --link: #9cc8f2; --accent: #9cc8f2;
  }
}
* { box-sizing: border-box; }
html { font-size: 100%; }
body {
  margin: 0 auto; padding: 0 1.25rem 3rem; max-width: 72rem;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", Arial, sans-serif;
  font-size: 1.0625rem; line-height: 1.6; color: var(--text); background: var(--bg);
  overflow-wrap: break-word;
}
a { color: var(--link); text-underline-offset: 0.15em; }
a:focus-visible, .table:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
.skip { position: absolute; left: -100vw; top: 0; padding: 0.5rem 1rem; background: var(--bg); }
.skip:focus { left: 1rem; z-index: 1; }
header { padding: 2.5rem 0 1.5rem; border-bottom: 3px solid var(--accent); }
header img.logo { display: block; width: auto; height: auto; max-height: 5rem; max-width: 14rem; margin-bottom: 1.5rem; }
.draft-mark { display: inline-block; margin: 0 0 1rem; padding: 0.15rem 0.6rem; border: 2px solid var(--text); font-weight: 700; letter-spacing: 0.08em; }
h1 { font-size: 2.1rem; line-height: 1.2; margin: 0 0 1.25rem; }
h2 { font-size: 1.6rem; line-height: 1.25; margin: 2.5rem 0 0.75rem; }
h3 { font-size: 1.3rem; line-height: 1.3; margin: 2rem 0 0.5rem; }
h4, h5, h6 { font-size: 1.1rem; margin: 1.5rem 0 0.5rem; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1.25rem; margin: 0; }
.facts div { display: contents; }
.facts dt { font-weight: 600; }
.facts dd { margin: 0; }
nav { margin: 1.5rem 0; padding: 0.25rem 1.25rem 1rem; background: var(--head); border-radius: 0.25rem; }
nav h2 { font-size: 1.3rem; margin: 0.75rem 0 0.5rem; }
nav ol { margin: 0; padding-left: 0; list-style: none; } /* the titles carry their own numbers */
nav li { margin: 0.2rem 0; }
main section { border-top: 1px solid var(--line); margin-top: 2.5rem; }
main section > h2:first-child { margin-top: 1.5rem; }
p, ul, ol, blockquote { margin: 0 0 1rem; }
/* Prose keeps a readable line length; tables may use the whole width. */
p, ul, ol, blockquote, pre, h1, h2, h3, h4, h5, h6, .facts, nav { max-width: 46rem; }
blockquote { margin-left: 0; padding-left: 1rem; border-left: 4px solid var(--line); color: var(--muted); }
code, pre { font-family: ui-monospace, "DejaVu Sans Mono", Consolas, monospace; font-size: 0.92em; }
pre { padding: 0.75rem; background: var(--stripe); overflow-x: auto; white-space: pre-wrap; }
hr { border: 0; border-top: 1px solid var(--line); margin: 2rem 0; }
.table { overflow-x: auto; margin: 0 0 1.5rem; }
table { border-collapse: collapse; width: 100%; font-size: 0.95rem; line-height: 1.45; }
caption { text-align: left; font-weight: 600; padding: 0 0 0.4rem; }
th, td { text-align: left; vertical-align: top; padding: 0.45rem 0.6rem; border: 1px solid var(--line); }
thead th { background: var(--head); font-weight: 600; hyphens: manual; }
tbody tr:nth-child(even) { background: var(--stripe); }
td { hyphens: auto; }
.num { text-align: right; font-variant-numeric: tabular-nums; }
.center { text-align: center; }
.image-alt { font-style: italic; }
figure.chart { margin: 1em 0; }
figure.chart svg { max-width: 100%; height: auto; }
footer { margin-top: 3rem; padding-top: 1rem; border-top: 1px solid var(--line); color: var(--muted); font-size: 0.95rem; }
@media (max-width: 40rem) {
  body { font-size: 1rem; padding: 0 0.9rem 2rem; }
  h1 { font-size: 1.6rem; }
  h2 { font-size: 1.3rem; }
  h3 { font-size: 1.15rem; }
  h1, h2, h3 { hyphens: auto; }
}
@media print {
  :root { --text: #000; --muted: #333; --bg: #fff; --line: #999; --head: #eee; --stripe: #fff; --link: #000; }
  body { max-width: none; padding: 0; font-size: 11pt; line-height: 1.45; }
  p, ul, ol, blockquote, pre, h1, h2, h3, h4, h5, h6, .facts, nav { max-width: none; }
  .skip, footer a { display: none; }
  header { padding-top: 0; }
  nav { background: none; padding: 0; }
  nav a { text-decoration: none; }
  main a[href^="http"]::after, main a[href^="mailto"]::after { content: " (" attr(href) ")"; font-size: 0.9em; }
  main section { border-top: 0; }
  h2, h3, h4, caption { break-after: avoid; }
  table, tr, img { break-inside: avoid; }
  thead { display: table-header-group; }
  .table { overflow: visible; }
}
`
