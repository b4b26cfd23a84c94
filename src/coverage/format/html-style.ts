/** The report's whole style sheet, inlined: no remote fonts, no script; a heat map that fits a phone. */
export const htmlStyle = `
:root { color-scheme: light dark; --ok: #1a7f37; --ok-bg: #d3f5dc; --gap: #a40e26; --gap-bg: #ffd7d5;
  --part-bg: #ffe2b8; --part: #7d4e00; --extra-bg: #e7ecf3; --muted: #59636e; --line: #d1d9e0; --bg: #fff; --fg: #1f2328; }
@media (prefers-color-scheme: dark) {
  :root { --ok: #7ee2a0; --ok-bg: #124d27; --gap: #ffb3ad; --gap-bg: #6b1018; --part-bg: #5c3b00; --part: #ffd58a;
    --extra-bg: #2a313c; --muted: #9198a1; --line: #3d444d; --bg: #0d1117; --fg: #e6edf3; }
}
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 64rem; padding: 1rem; font: 16px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; background: var(--bg); color: var(--fg); }
h1 { font-size: 1.5rem; margin: 0 0 .25rem; }
h2 { font-size: 1.2rem; margin: 1.75rem 0 .5rem; }
code { font: .85em ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; overflow-wrap: anywhere; }
.framework, .note { color: var(--muted); margin: .25rem 0; }
.verdict { font-weight: 600; padding: .6rem .8rem; border-radius: .4rem; margin: .75rem 0; }
.verdict.ok { background: var(--ok-bg); color: var(--ok); }
.verdict.fail { background: var(--gap-bg); color: var(--gap); }
.legend { display: flex; flex-wrap: wrap; gap: .4rem .9rem; padding: 0; margin: .5rem 0; list-style: none; font-size: .9rem; }
.legend li { display: flex; align-items: center; gap: .35rem; }
.swatch { display: inline-block; width: 1rem; height: 1rem; border-radius: .2rem; border: 1px solid var(--line); }
.scroll { overflow-x: auto; max-width: 100%; }
table { border-collapse: collapse; width: 100%; font-size: .9rem; }
th, td { border: 1px solid var(--line); padding: .3rem .4rem; vertical-align: middle; }
thead th { font-size: .8rem; font-weight: 600; text-align: center; }
th[scope=row] { text-align: left; font-weight: 400; min-width: 7rem; overflow-wrap: anywhere; }
th[scope=row] small { display: block; color: var(--muted); }
td.cell, td.sum { text-align: center; white-space: nowrap; font-variant-numeric: tabular-nums; }
td.total { white-space: normal; }
.n { white-space: nowrap; }
.covered { background: var(--ok-bg); color: var(--ok); }
.partial { background: var(--part-bg); color: var(--part); font-weight: 600; }
.empty { background: var(--gap-bg); color: var(--gap); font-weight: 600; }
.extra { background: var(--extra-bg); color: var(--muted); }
.none, .undefined { color: var(--muted); }
.undefined { background: repeating-linear-gradient(135deg, transparent 0 4px, var(--line) 4px 5px); }
tr.time td, tr.time th { color: var(--muted); font-size: .8rem; }
.problem { color: var(--gap); font-size: .8rem; display: block; }
details { border: 1px solid var(--line); border-radius: .4rem; margin: .6rem 0; padding: .2rem .6rem .6rem; }
summary { cursor: pointer; padding: .4rem 0; font-weight: 600; }
summary .count { font-weight: 400; color: var(--muted); }
summary .bad { color: var(--gap); }
@media (max-width: 30rem) {
  body { padding: .6rem; font-size: 15px; }
  table { font-size: .8rem; }
  th, td { padding: .25rem .2rem; }
  th[scope=row] { min-width: 5rem; }
  td.cell { white-space: normal; min-width: 2.6rem; }
  /* Level names stand upright on a phone, so four levels fit beside the competency. */
  th.level { vertical-align: bottom; }
  th.level span { display: inline-block; writing-mode: vertical-rl; transform: rotate(180deg); white-space: nowrap; }
}
`;
