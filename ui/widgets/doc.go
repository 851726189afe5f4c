// Package widgets holds the domain-free widgets the step editors share:
// the row editor (given a RowSource), the findings panel (given plain
// items), pop-up widgets that never open on a detached widget, the wheel
// router that gives a page one scroll, one confirm, and small layouts. It
// knows nothing of programmes, steps, exports or checklists
// (TestNoDomainDependencies): the adapters in ui/steps feed it.
package widgets
